import { describe, expect, it } from 'vitest';
import { startingLocale } from '../../../renderer/screens/import/mapping';

describe('how a new import mapping first reads numbers', () => {
  it("takes the decimal mark of the person's locale", () => {
    expect(startingLocale('de-DE').decimal).toBe(',');
    expect(startingLocale('fr-FR').decimal).toBe(',');
    expect(startingLocale('en-US').decimal).toBe('.');
    expect(startingLocale('en-IN').decimal).toBe('.');
  });

  it('keeps dates year first whatever the locale, so a day-or-month date is pointed out', () => {
    expect(startingLocale('de-DE').dateOrder).toBe('ymd');
    expect(startingLocale('en-US').dateOrder).toBe('ymd');
  });
});
