import { describe, expect, it } from 'vitest';
import { customerContact } from '../../../renderer/components/customers/customer-names';

describe('a customer’s contact line', () => {
  it('shows the phone as the customer list does, however it was stored', () => {
    expect(customerContact({ email: null, phone: '+15554510430' })).toBe('(555) 451-0430');
    expect(customerContact({ email: 'ann@example.com', phone: '555.451.0430' })).toBe(
      'ann@example.com · (555) 451-0430',
    );
    expect(customerContact({ email: null, phone: '+442079460958' })).toBe('+44 207 946 0958');
  });

  it('shows whichever details are known, or says there are none', () => {
    expect(customerContact({ email: 'ann@example.com', phone: null })).toBe('ann@example.com');
    expect(customerContact({ email: null, phone: null })).toBe('No contact details');
  });
});
