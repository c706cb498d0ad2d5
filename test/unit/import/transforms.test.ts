import { describe, expect, it } from 'vitest';
import type { LocaleOptions } from '../../../shared/import/profile';
import {
  applyTextTransforms,
  parseBoolean,
  parseDate,
  parseDateTime,
  parseEmail,
  parseInteger,
  parseMoney,
  parsePercent,
  parseValue,
  splitFullName,
} from '../../../shared/import/transforms';

const ymd: LocaleOptions = { dateOrder: 'ymd', decimal: '.' };
const dmy: LocaleOptions = { dateOrder: 'dmy', decimal: ',' };
const mdy: LocaleOptions = { dateOrder: 'mdy', decimal: '.' };
const now = new Date('2025-06-15T12:00:00Z');

const value = <T>(parsed: { ok: true; value: T } | { ok: false; reason: string }) =>
  parsed.ok ? parsed.value : `refused: ${parsed.reason}`;

describe('text transforms', () => {
  it('trims, changes case and adds a prefix', () => {
    expect(applyTextTransforms('  tea  ', ['trim', 'upper'])).toBe('TEA');
    expect(applyTextTransforms('ÉCLAIR', ['lower'])).toBe('éclair');
    expect(applyTextTransforms("o'brien-smith anne", ['title'])).toBe("O'Brien-Smith Anne");
    expect(applyTextTransforms('42', ['prefix:NW-'])).toBe('NW-42');
    expect(applyTextTransforms('', ['prefix:NW-'])).toBe('');
  });

  it('splits a full name at the first word', () => {
    expect(splitFullName('  Ana María   López ')).toEqual({ first: 'Ana', rest: 'María López' });
    expect(splitFullName('Cher')).toEqual({ first: 'Cher', rest: '' });
    expect(applyTextTransforms('Maria Anders', ['afterFirstWord'])).toBe('Anders');
  });
});

describe('numbers and money', () => {
  it('reads a decimal point or comma with thousands separators', () => {
    expect(value(parseMoney('1,234.56', '.'))).toBe(123_456);
    expect(value(parseMoney('1.234,56', ','))).toBe(123_456);
    expect(value(parseMoney('1 234,5', ','))).toBe(123_450);
    expect(value(parseMoney('18.0000', '.'))).toBe(1800);
    expect(value(parseInteger('12,000', '.'))).toBe(12_000);
  });

  it('strips currency symbols and codes on either side', () => {
    expect(value(parseMoney('€ 12,50', ','))).toBe(1250);
    expect(value(parseMoney('$9.99', '.'))).toBe(999);
    expect(value(parseMoney('£1,000', '.'))).toBe(100_000);
    expect(value(parseMoney('12.50 EUR', '.'))).toBe(1250);
    expect(value(parseMoney('USD 3', '.'))).toBe(300);
    expect(value(parseMoney('-€5', '.'))).toBe(-500);
  });

  it('refuses what is not a number, in words', () => {
    expect(value(parseMoney('twelve', '.'))).toBe('refused: is not an amount of money');
    expect(value(parseMoney('12,50', '.'))).toMatch(/decimal mark/);
    expect(value(parseInteger('2.5', '.'))).toBe('refused: is not a whole number');
    expect(value(parseInteger('1,23,4', '.'))).toBe('refused: is not a number');
    expect(value(parseInteger("1'; DROP TABLE products;--", '.'))).toBe('refused: is not a number');
  });

  it('refuses money finer than the cent, saying what to write instead of rounding it', () => {
    expect(value(parseMoney('12.345', '.'))).toBe('refused: has more than two decimals; write 12.35 or 12345');
    expect(value(parseMoney('12,345', ','))).toBe('refused: has more than two decimals; write 12,35 or 12345');
    expect(value(parseMoney('-€0.125', '.'))).toBe('refused: has more than two decimals; write -0.13 or -125');
    expect(value(parseMoney('12.000', '.'))).toBe('refused: has more than two decimals; write 12.00 or 12000');
    expect(value(parseMoney('9.9950', '.'))).toBe('refused: has more than two decimals; write 10.00');
    expect(value(parseMoney('1,234.5000', '.'))).toBe(123_450);
  });

  it('reads percentages as basis points', () => {
    expect(value(parsePercent('0.15', '.', false))).toBe(1500);
    expect(value(parsePercent('15%', '.', false))).toBe(1500);
    expect(value(parsePercent('15 %', '.', false))).toBe(1500);
    expect(value(parsePercent('20', '.', false))).toBe(2000);
    expect(value(parsePercent('7,5 %', ',', false))).toBe(750);
    expect(value(parsePercent('0.05', '.', true))).toBe(500);
    expect(value(parsePercent('2', '.', true))).toBe(20_000);
    expect(value(parsePercent('0.150000006', '.', false))).toBe(1500);
  });
});

describe('dates', () => {
  it('reads ISO dates and times, in UTC unless an offset is given', () => {
    expect(value(parseDate('2024-03-05', { locale: ymd, now }))).toBe('2024-03-05');
    expect(value(parseDateTime('2024-03-05 14:30', { locale: ymd, now }))).toBe('2024-03-05T14:30:00.000Z');
    expect(value(parseDateTime('2024-03-05T14:30:00+02:00', { locale: ymd, now }))).toBe('2024-03-05T12:30:00.000Z');
    expect(value(parseDateTime('1996-07-04 00:00:00.000', { locale: ymd, now }))).toBe('1996-07-04T00:00:00.000Z');
  });

  it('reads day-first and month-first dates by the profile', () => {
    expect(value(parseDate('05/03/2024', { locale: dmy, now }))).toBe('2024-03-05');
    expect(value(parseDate('05.03.2024', { locale: dmy, now }))).toBe('2024-03-05');
    expect(value(parseDate('03/05/2024', { locale: mdy, now }))).toBe('2024-03-05');
    expect(value(parseDateTime('3/5/2024 2:05 PM', { locale: mdy, now }))).toBe('2024-03-05T14:05:00.000Z');
    expect(value(parseDate('25/03/2024', { locale: ymd, now }))).toBe('2024-03-25');
    expect(value(parseDate('05/03/2024', { locale: ymd, now }))).toMatch(/two different dates/);
  });

  it('reads Excel serial numbers from workbook cells, and explicit formats', () => {
    const workbook = { locale: ymd, now, machineNumbers: true };
    expect(value(parseDate('45356', workbook))).toBe('2024-03-05');
    expect(value(parseDateTime('45356.5', workbook))).toBe('2024-03-05T12:00:00.000Z');
    expect(value(parseDate('20240305', { locale: ymd, now, transforms: ['dateFormat:YYYYMMDD'] }))).toBe('2024-03-05');
    expect(value(parseDate('2024.05.03', { locale: ymd, now, transforms: ['dateFormat:YYYY.DD.MM'] }))).toBe(
      '2024-03-05',
    );
    expect(
      value(parseDateTime('05-03-24 07:08', { locale: ymd, now, transforms: ['dateFormat:DD-MM-YY HH:mm'] })),
    ).toBe('2024-03-05T07:08:00.000Z');
  });

  it('refuses a bare number in text, which has no day counts, saying how to write a date', () => {
    expect(value(parseDate('2024', { locale: dmy, now }))).toBe(
      "refused: is a number, not a date: write it like 2024-03-31 or 31/03/2024 (the profile's date order), " +
        'or give its format in the mapping (like DD.MM.YYYY)',
    );
    expect(value(parseDateTime('45356.5', { locale: mdy, now }))).toMatch(/^refused: is a number.*03\/31\/2024/);
  });

  it('refuses a year typed alone in a workbook number cell instead of reading it as a day of 1905', () => {
    const workbook = { locale: dmy, now, machineNumbers: true };
    expect(value(parseDate('2024', workbook))).toBe(
      "refused: is a year alone, not a date: write the whole date like 2024-03-31 or 31/03/2024 (the profile's date order), " +
        'or give the cell a date format in the workbook',
    );
    expect(value(parseDateTime('1999', workbook))).toMatch(/^refused: is a year alone/);
    // Day counts on either side are dates: 1899 is 1905-03-13, 2101 is 1905-10-01.
    expect(value(parseDate('1899', workbook))).toBe('1905-03-13');
    expect(value(parseDate('2101', workbook))).toBe('1905-10-01');
  });

  it('refuses impossible, unreadable and future dates', () => {
    expect(value(parseDate('2024-02-30', { locale: ymd, now }))).toBe('refused: is not a real date');
    expect(value(parseDate('next tuesday', { locale: ymd, now }))).toMatch(/^refused: is not a date/);
    expect(value(parseDateTime('2025-06-17T00:00:00Z', { locale: ymd, now }))).toBe('refused: is in the future');
    expect(value(parseDateTime('2025-06-16T11:00:00Z', { locale: ymd, now }))).toBe('2025-06-16T11:00:00.000Z');
  });
});

describe('booleans and emails', () => {
  it('reads yes and no in several spellings', () => {
    expect(['Yes', 'TRUE', '1', 'x'].map((text) => value(parseBoolean(text)))).toEqual([true, true, true, true]);
    expect(['no', 'False', '0'].map((text) => value(parseBoolean(text)))).toEqual([false, false, false]);
    expect(value(parseBoolean('maybe'))).toBe('refused: is not yes or no');
  });

  it('checks email addresses', () => {
    expect(value(parseEmail(' ana@example.com '))).toBe('ana@example.com');
    expect(value(parseEmail('ana@example'))).toBe('refused: is not an email address');
  });
});

describe('numbers from a workbook', () => {
  it('reads number cells with a point whatever the locale, and typed text by the locale', () => {
    const comma: LocaleOptions = { dateOrder: 'dmy', decimal: ',' };
    expect(value(parseValue('money', '4.5', { locale: comma, machineNumbers: true }))).toBe(450);
    expect(value(parseValue('money', '€3,20', { locale: comma, machineNumbers: true }))).toBe(320);
    expect(value(parseValue('money', '4.5', { locale: comma }))).toMatch(/decimal mark/);
  });

  it('reads number cells as Excel shows them, to 15 digits, and refuses those finer than the cent', () => {
    const comma: LocaleOptions = { dateOrder: 'dmy', decimal: ',' };
    const workbook = { locale: comma, machineNumbers: true };
    expect(value(parseValue('money', '3.3000000000000003', workbook))).toBe(330);
    expect(value(parseValue('money', '2.0999999999999996', workbook))).toBe(210);
    expect(value(parseValue('integer', '114.99999999999999', workbook))).toBe(115);
    expect(value(parseValue('money', '14.388', workbook))).toBe('refused: has more than two decimals; write 14.39');
  });
});
