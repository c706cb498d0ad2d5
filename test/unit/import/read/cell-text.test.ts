import { describe, expect, it } from 'vitest';
import { cellText, plainNumber } from '../../../../electron/import/read/cell-text';

describe('workbook cells as text', () => {
  it('writes numbers as plain decimals, never with an exponent', () => {
    expect(plainNumber(42)).toBe('42');
    expect(plainNumber(-4.5)).toBe('-4.5');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(-2.25e-9)).toBe('-0.00000000225');
    expect(plainNumber(1.2345e25)).toBe('12345000000000000000000000');
    expect(plainNumber(Number.NaN)).toBe('');
  });

  it('reads dates as calendar dates unless they have a time of day', () => {
    expect(cellText(new Date(Date.UTC(1996, 6, 4)))).toBe('1996-07-04');
    expect(cellText(new Date(Date.UTC(1996, 6, 4, 8, 5)))).toBe('1996-07-04T08:05:00.000Z');
  });

  it('reads formulas as their result, and errors, links and rich text as their text', () => {
    expect(cellText({ formula: 'A1*2', result: 0.15 })).toBe('0.15');
    expect(cellText({ formula: 'TODAY()' })).toBe('');
    expect(cellText({ sharedFormula: 'B2', result: 'ok' })).toBe('ok');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ text: 'site', hyperlink: 'https://example.com' })).toBe('site');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellText(null)).toBe('');
    expect(cellText(false)).toBe('FALSE');
  });
});
