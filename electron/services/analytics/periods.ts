import { addDays, daysSpanned } from '../../../shared/local-day';

/**
 * A range of days, both included, as the fewest periods of the coarser rollups (migration 0011's
 * periods.ts): whole months, then blocks of the month (days 1–8, 9–16, 17–24, 25 to the end,
 * named 'YYYY-MM-DD/8'), then single days, at each end. Any range is at most about forty periods:
 * its whole months, three blocks and seven days at either end.
 */
export function periodsOf(fromDay: string, toDay: string): string[] {
  const periods: string[] = [];
  let day = fromDay;
  while (day <= toDay) {
    const monthEnd = addDays(`${addDays(`${day.slice(0, 7)}-01`, 32).slice(0, 7)}-01`, -1);
    const date = Number(day.slice(8, 10));
    if (date === 1 && monthEnd <= toDay) {
      periods.push(day.slice(0, 7));
      day = addDays(monthEnd, 1);
      continue;
    }
    const blockEnd =
      date >= 25 ? monthEnd : `${day.slice(0, 8)}${String(Math.floor((date - 1) / 8) * 8 + 8).padStart(2, '0')}`;
    if ((date - 1) % 8 === 0 && date <= 25 && blockEnd <= toDay) {
      periods.push(`${day}/8`);
      day = addDays(blockEnd, 1);
      continue;
    }
    periods.push(day);
    day = addDays(day, 1);
  }
  return periods;
}

/** How much longer than a range the periods covering it may be, when they are whole quarters or years. */
const MAX_SPREAD = 2.5;

/**
 * Whole periods that cover a range, for customers' sales over them to bound their spend over
 * it: the years it touches, or else the quarters, when they last no more than MAX_SPREAD times
 * as long as the range (a few long lists, in which a customer's sales gather, bound it sooner
 * than many short ones); else the fewest whole months, quarters ('YYYY-Qn') and years ('YYYY'):
 * the months it touches, merged where they fill a quarter or a year.
 */
export function coverOf(fromDay: string, toDay: string): string[] {
  const days = daysSpanned(fromDay, toDay);
  const years: string[] = [];
  for (let year = Number(fromDay.slice(0, 4)); year <= Number(toDay.slice(0, 4)); year++) years.push(String(year));
  if (daysSpanned(`${years[0]}-01-01`, `${years.at(-1)}-12-31`) <= days * MAX_SPREAD) return years;
  const quarterOf = (day: string) => `${day.slice(0, 5)}Q${Math.floor((Number(day.slice(5, 7)) + 2) / 3)}`;
  const quarterStart = (quarter: string) =>
    `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3 - 2).padStart(2, '0')}-01`;
  const quarters = [quarterOf(fromDay)];
  while (quarters.at(-1)! < quarterOf(toDay)) quarters.push(quarterOf(addDays(quarterStart(quarters.at(-1)!), 92)));
  const lastEnd = addDays(quarterStart(quarterOf(addDays(quarterStart(quarters.at(-1)!), 92))), -1);
  if (daysSpanned(quarterStart(quarters[0]!), lastEnd) <= days * MAX_SPREAD) return quarters;
  const months: string[] = [];
  for (let month = fromDay.slice(0, 7); month <= toDay.slice(0, 7); month = nextMonth(month)) months.push(month);
  const periods: string[] = [];
  for (let index = 0; index < months.length;) {
    const month = months[index]!;
    const number = Number(month.slice(5, 7));
    if (number === 1 && index + 11 < months.length) {
      periods.push(month.slice(0, 4));
      index += 12;
    } else if ((number - 1) % 3 === 0 && index + 2 < months.length) {
      periods.push(`${month.slice(0, 5)}Q${(number + 2) / 3}`);
      index += 3;
    } else {
      periods.push(month);
      index += 1;
    }
  }
  return periods;
}

const nextMonth = (month: string) => addDays(`${month}-28`, 5).slice(0, 7);
