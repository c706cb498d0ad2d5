import { addDays } from '../../../shared/local-day';

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

/**
 * The fewest whole months, quarters ('YYYY-Qn') and years ('YYYY') that cover a range: the
 * months it touches, merged where they fill a quarter or a year. Customers' sales over them bound
 * their spend over the range.
 */
export function coverOf(fromDay: string, toDay: string): string[] {
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
