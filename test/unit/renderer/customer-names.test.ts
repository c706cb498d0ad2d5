import { describe, expect, it } from 'vitest';
import { customerContact, detailsTakenOver } from '../../../renderer/components/customers/customer-names';

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

  it('takes over in a merge only the details the kept customer lacks and the duplicate has', () => {
    const none = { email: null, phone: null };
    expect(detailsTakenOver(none, { email: 'ann@example.com', phone: '+15554510430' })).toEqual(['email', 'phone']);
    expect(detailsTakenOver(none, { email: 'ann@example.com', phone: null })).toEqual(['email']);
    expect(detailsTakenOver(none, none)).toEqual([]);
    expect(
      detailsTakenOver({ email: 'bo@example.com', phone: null }, { email: 'ann@example.com', phone: null }),
    ).toEqual([]);
  });
});
