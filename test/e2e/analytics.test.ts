import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../shared/contract/analytics';
import { addDays, localDate, localDayStart } from '../../shared/local-day';
import { centsToDecimal } from '../../shared/money';
import { DEMO_LOAD_TIMEOUT_MS, openNewStore, type OpenStore } from './browser-host';
import { AnalyticsPage, loadDemoData } from './pages/analytics-page';
import { callChannel } from './pages/contract-seed';
import { openClerkPage } from './pages/clerk-page';
import { parseCsv } from './pages/export-downloads';
import { LoginPage } from './pages/login-page';

/** Today on this machine's calendar (the browser runs here too), and days counted from it. */
function localDay(offsetDays = 0): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays));
  return day.toISOString().slice(0, 10);
}

/** Bars are drawn largest first, at most twelve; ties keep the answer's order. */
const MOST_BARS = 12;
function largestFirst<T>(rows: T[], size: (row: T) => number): T[] {
  return [...rows].sort((a, b) => size(b) - size(a));
}

const searchParam = (page: Page, name: string) => new URL(page.url().replace('#', '')).searchParams.get(name);

/**
 * The manager's dashboard in a real browser on the demo chain (three stores, eighteen months of
 * trade up to today). Every figure on screen is compared with the dashboard channel's own answer
 * for the same filter, asked by the test, and formatted by the browser's own Intl.
 */
describe('analytics dashboard, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let analytics: AnalyticsPage;
  const pageErrors: string[] = [];

  const ask = (filter: Record<string, unknown>, grain: string) =>
    callChannel<Dashboard>(page, 'analytics.dashboard', { filter, grain, limit: 10 });
  const money = (cents: number) =>
    page.evaluate(
      (value) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(value / 100),
      cents,
    );
  const count = (value: number) => page.evaluate((n) => new Intl.NumberFormat().format(n), value);
  /** A period's first day as the table writes it, in the browser's locale (the day named, whatever the zone). */
  const calendarDay = (day: string) =>
    page.evaluate(
      (iso) =>
        new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${iso}T00:00:00Z`),
        ),
      day,
    );

  beforeAll(async () => {
    // Loaded through its channel rather than the first-run button, whose wait is too short for a busy machine.
    store = await openNewStore({ demoData: false });
    page = store.page;
    await loadDemoData(page);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    analytics = new AnalyticsPage(page);
    await analytics.open();
  }, DEMO_LOAD_TIMEOUT_MS + 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it('shows the net revenue and orders of a preset, as the channel counts them', async () => {
    await analytics.choosePeriod('Last 90 days');
    await expect.poll(() => searchParam(page, 'range')).toBe('last-90-days');
    const expected = await ask({ fromDay: localDay(-89), toDay: localDay() }, 'week');
    expect(expected.totals.orders).toBeGreaterThan(0);
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(expected.totals.netRevenueCents));
    await expect.poll(() => analytics.tileValue('Orders')).toBe(await count(expected.totals.orders!));
    await expect.poll(() => analytics.tileValue('Units')).toBe(await count(expected.totals.units));

    // Days typed in the fields replace the preset, and Back returns to it.
    const week = { fromDay: localDay(-13), toDay: localDay(-7) };
    await page.getByLabel('From', { exact: true }).fill(week.fromDay);
    await page.getByLabel('To', { exact: true }).fill(week.toDay);
    await expect.poll(() => searchParam(page, 'to')).toBe(week.toDay);
    const typed = await ask(week, 'week');
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(typed.totals.netRevenueCents));
    await page.goBack();
    await page.goBack();
    await expect.poll(() => searchParam(page, 'range')).toBe('last-90-days');
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(expected.totals.netRevenueCents));
  });

  it('draws a chart whose table has the channel’s rows, and exports them as CSV and PNG', async () => {
    const expected = await ask({ fromDay: localDay(-89), toDay: localDay() }, 'week');
    await analytics.canvas('Revenue by store').waitFor();
    await analytics.showAsTable('Revenue by store', true);
    const rows = await analytics.tableRows('Revenue by store');
    expect(rows).toEqual(
      await Promise.all(
        largestFirst(expected.byStore, (row) => row.netRevenueCents).map(async (row) => [
          row.name,
          await count(row.orders!),
          await count(row.units),
          await money(row.netRevenueCents),
          await money(row.grossMarginCents),
        ]),
      ),
    );

    const csv = await analytics.download('Revenue by store', 'CSV');
    expect(csv.name).toBe('revenue-by-store.csv');
    const records = parseCsv(csv.bytes.toString('utf8'));
    expect(records[0]).toEqual(['Store', 'Orders', 'Units', 'Net revenue (amount)', 'Gross margin (amount)']);
    expect(records.slice(1)).toEqual(
      largestFirst(expected.byStore, (row) => row.netRevenueCents).map((row) => [
        row.name,
        String(row.orders),
        String(row.units),
        centsToDecimal(row.netRevenueCents),
        centsToDecimal(row.grossMarginCents),
      ]),
    );

    await analytics.showAsTable('Revenue by store', false);
    await analytics.canvas('Revenue by store').waitFor();
    const png = await analytics.download('Revenue by store', 'PNG');
    expect(png.name).toBe('revenue-by-store.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('reaches a chart’s table from the navigation in six keys, through the skip link past the filters', async () => {
    const expected = await ask({ fromDay: localDay(-89), toDay: localDay() }, 'week');
    await analytics.canvas('Revenue by store').waitFor();
    const isFocused = async (control: Locator) => (await control.and(page.locator(':focus')).count()) === 1;
    const navigation = page.getByRole('navigation');
    await navigation.getByRole('link', { name: 'Analytics', exact: true }).focus();
    for (let tab = 0; tab < 20 && (await navigation.locator(':focus').count()) > 0; tab++) {
      await page.keyboard.press('Tab');
    }

    // Counted from the Tab that leaves the navigation: the filters alone took some thirty.
    let presses = 1;
    const press = async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    };
    expect(await isFocused(page.getByRole('button', { name: 'Skip to the charts' }))).toBe(true);
    await press('Enter');
    const showAsTable = (title: string) => analytics.card(title).getByRole('switch', { name: 'Show as table' });
    expect(await isFocused(showAsTable('Revenue over time'))).toBe(true);
    // Past the first card's PNG and CSV to the next card's switch.
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(await isFocused(showAsTable('Revenue by store'))).toBe(true);
    await press('Space');
    const rows = await analytics.tableRows('Revenue by store');
    const largest = largestFirst(expected.byStore, (row) => row.netRevenueCents)[0]!;
    expect(rows[0]![0]).toBe(largest.name);
    expect(rows[0]![3]).toBe(await money(largest.netRevenueCents));
    expect(presses).toBe(6);

    await analytics.showAsTable('Revenue by store', false);
  });

  it('narrows every figure to a clicked store bar and category bar, each a removable chip', async () => {
    const range = { fromDay: localDay(-89), toDay: localDay() };
    const whole = await ask(range, 'week');
    const first = largestFirst(whole.byStore, (row) => row.netRevenueCents)[0]!;
    await analytics.clickBand('Revenue by store', 0, Math.min(MOST_BARS, whole.byStore.length), 'y');
    await analytics.filterChip(`Store: ${first.name}`).waitFor();
    const oneStore = await ask({ ...range, storeIds: [first.storeId] }, 'week');
    expect(oneStore.totals.netRevenueCents).not.toBe(whole.totals.netRevenueCents);
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(oneStore.totals.netRevenueCents));
    await expect.poll(() => analytics.tileValue('Orders')).toBe(await count(oneStore.totals.orders!));

    // The category chart now ranks the store's categories; its top bar narrows further.
    await analytics.settled();
    await analytics.canvas('Revenue by category').waitFor();
    const category = largestFirst(oneStore.byCategory, (row) => row.netRevenueCents)[0]!;
    await analytics.clickBand('Revenue by category', 0, Math.min(MOST_BARS, oneStore.byCategory.length), 'y');
    await analytics.filterChip('Category: ').waitFor();
    expect(searchParam(page, 'category')).toBe(String(category.categoryId));
    const narrowed = await ask({ ...range, storeIds: [first.storeId], categoryId: category.categoryId }, 'week');
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(narrowed.totals.netRevenueCents));
    // Orders are not split by category: the tile says so rather than guessing.
    await expect.poll(() => analytics.tileValue('Orders')).toBe('—');

    await analytics.removeFilter(`Store: ${first.name}`);
    await page.getByRole('button', { name: /^Remove filter Category: / }).click();
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(whole.totals.netRevenueCents));
  });

  it('drills from a year to its months, then to the orders of a day', async () => {
    await analytics.choosePeriod('All time');
    const years = await ask({ fromDay: '1970-01-01', toDay: localDay() }, 'year');
    expect(years.series.length).toBeGreaterThan(0);
    await expect.poll(() => searchParam(page, 'range')).toBe('all-time');
    // The grouping follows the range's length: the address names only one the manager chose.
    expect(searchParam(page, 'grain')).toBeNull();
    await expect.poll(() => page.getByRole('radio', { name: 'Year', exact: true }).isChecked()).toBe(true);
    await analytics.settled();
    await analytics.canvas('Revenue over time').waitFor();
    await analytics.clickBand('Revenue over time', 0, years.series.length, 'x');

    const year = years.series[0]!.bucket.slice(0, 4);
    const lastDay = `${year}-12-31` < localDay() ? `${year}-12-31` : localDay();
    await expect
      .poll(() => new URL(page.url().replace('#', '')).searchParams.toString())
      .toBe(`from=${year}-01-01&to=${lastDay}&grain=month`);
    await analytics.settled();
    const months = await ask({ fromDay: `${year}-01-01`, toDay: lastDay }, 'month');
    await analytics.showAsTable('Revenue over time', true);
    // Every month of the year is a row; those with trade carry the channel's figures.
    await expect
      .poll(async () => (await analytics.tableRows('Revenue over time')).map((row) => row[1]))
      .toEqual(
        await Promise.all(
          Array.from({ length: Number(lastDay.slice(5, 7)) }, (_, m) =>
            calendarDay(`${year}-${String(m + 1).padStart(2, '0')}-01`),
          ),
        ),
      );
    const rows = await analytics.tableRows('Revenue over time');
    for (const month of months.series) {
      const starts = await calendarDay(month.bucket);
      const row = rows.find((cells) => cells[1] === starts)!;
      expect(row[4]).toBe(await money(month.netRevenueCents));
    }

    // A month into its days, then a day to the orders behind it.
    const month = months.series[months.series.length - 1]!;
    await page.locator(`xpath=//tr[td[2]="${await calendarDay(month.bucket)}"]//button`).click();
    await expect.poll(() => searchParam(page, 'grain')).toBe('day');
    const monthEnd = new Date(Date.UTC(Number(year), Number(month.bucket.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const days = await ask({ fromDay: month.bucket, toDay: monthEnd < lastDay ? monthEnd : lastDay }, 'day');
    const day = days.series[0]!;
    // The day rows offer the orders behind them once the answer by day is on screen.
    await page
      .getByRole('button', { name: /^Orders of / })
      .first()
      .waitFor();
    const dayStarts = await calendarDay(day.bucket);
    const dayRow = (await analytics.tableRows('Revenue over time')).find((cells) => cells[1] === dayStarts)!;
    expect(dayRow[4]).toBe(await money(day.netRevenueCents));
    await page.locator(`xpath=//tr[td[2]="${dayStarts}"]//button`).click();
    await page.getByRole('heading', { name: 'Orders', exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).toBe(day.bucket);
    await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe(day.bucket);
    await page.goBack();
    await expect.poll(() => searchParam(page, 'grain')).toBe('day');
    await page.goBack();
    await expect.poll(() => searchParam(page, 'grain')).toBe('month');
    await analytics.card('Revenue over time').waitFor();
    await analytics.showAsTable('Revenue over time', false);
  });

  it('switches to the dark theme with the charts following it, without errors', async () => {
    const backdrop = () =>
      analytics.canvas('Revenue over time').evaluate((canvas) => {
        const drawn = canvas as unknown as {
          getContext(kind: '2d'): { getImageData(...at: number[]): { data: number[] } };
        };
        return [...drawn.getContext('2d').getImageData(1, 1, 1, 1).data];
      });
    await analytics.showAsTable('Revenue over time', false);
    await analytics.canvas('Revenue over time').waitFor();
    const light = await backdrop();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await analytics.canvas('Revenue over time').waitFor();
    await expect.poll(async () => (await backdrop())[0]!).toBeLessThan(light[0]! - 100);

    // Printing draws the page light for the paper, then gives the dark scheme back.
    await page.evaluate(
      "window.print = () => { window.printedIn = document.documentElement.getAttribute('data-mantine-color-scheme'); }",
    );
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => page.evaluate('window.printedIn')).toBe('light');
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    expect(pageErrors).toEqual([]);
  });

  it('averages the basket over the range’s own sales, not net of returns of orders placed before it', async () => {
    // A return taken today of an order of a month ago: a return of this week, a sale of that month.
    const { items } = await callChannel<{ items: { id: number; status: string }[] }>(page, 'orders.list', {
      fromDay: localDay(-30),
      toDay: localDay(-30),
      limit: 10,
    });
    const sold = items.find((order) => order.status === 'paid')!;
    const detail = await callChannel<{ lines: { id: number }[] }>(page, 'orders.get', { id: sold.id });
    await callChannel(page, 'orders.return', {
      orderId: sold.id,
      lines: [{ orderLineId: detail.lines[0]!.id, quantity: 1, restock: true }],
      refundTo: 'original',
    });

    await analytics.choosePeriod('Last 7 days');
    const week = await ask({ fromDay: localDay(-6), toDay: localDay() }, 'day');
    expect(week.totals.returnsCents).toBeGreaterThan(0);
    await expect
      .poll(() => analytics.tileValue('Average basket'))
      .toBe(await money(Math.round(week.totals.salesCents / week.totals.orders!)));
  });

  it('keeps each chosen day in its own field when the To is chosen before the From', async () => {
    await analytics.choosePeriod('Last 30 days');
    const from = localDay(-80);
    const to = localDay(-70);
    await page.getByLabel('To', { exact: true }).fill(to);
    await expect.poll(() => searchParam(page, 'to')).toBe(to);
    // Until the From follows, the range runs backwards, over the days between its ends; the From field keeps its day.
    const between = await ask({ fromDay: to, toDay: localDay(-29) }, 'day');
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(between.totals.netRevenueCents));
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(localDay(-29));

    await page.getByLabel('From', { exact: true }).fill(from);
    await expect.poll(() => searchParam(page, 'from')).toBe(from);
    expect(searchParam(page, 'to')).toBe(to);
    await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe(to);
    const chosen = await ask({ fromDay: from, toDay: to }, 'day');
    await expect.poll(() => analytics.tileValue('Net revenue')).toBe(await money(chosen.totals.netRevenueCents));
  });

  it('offers a manager of one store every store of the chain to compare, and names a store picked from a chart', async () => {
    await callChannel(page, 'staff.create', {
      displayName: 'Mina Manager',
      username: 'mina',
      password: 'a manager password here',
      role: 'manager',
    });
    const managerPage = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    try {
      await managerPage.goto(store.backroom.url);
      await new LoginPage(managerPage).logIn('mina', 'a manager password here');
      const managerAnalytics = new AnalyticsPage(managerPage);
      await managerAnalytics.open();
      await managerAnalytics.settled();
      const chain = await callChannel<{ id: number; name: string }[]>(page, 'stores.list', { scope: 'chain' });
      const whole = await callChannel<Dashboard>(managerPage, 'analytics.dashboard', {
        filter: { fromDay: localDay(-29), toDay: localDay() },
        grain: 'day',
        limit: 10,
      });
      // The charts rank every store of the chain for a manager; the picker offers the same stores.
      expect(whole.byStore.length).toBe(chain.length);
      await managerPage.getByRole('combobox', { name: 'Stores' }).click();
      await expect.poll(() => managerPage.getByRole('option').allTextContents()).toEqual(chain.map((row) => row.name));
      await managerPage.keyboard.press('Escape');

      // A bar of a store the manager does not work in narrows to it, its chip naming it.
      const ranked = largestFirst(whole.byStore, (row) => row.netRevenueCents);
      const other = ranked.findIndex((row) => row.name !== 'Harbour Street Market');
      await managerAnalytics.canvas('Revenue by store').waitFor();
      await managerAnalytics.clickBand('Revenue by store', other, ranked.length, 'y');
      await managerAnalytics.filterChip(`Store: ${ranked[other]!.name}`).waitFor();
    } finally {
      await managerPage.context().close();
    }
  });

  it('shows a clerk no Analytics entry, and tells one who opens its address that analytics are for managers', async () => {
    const clerkPage = await openClerkPage(store);
    try {
      await clerkPage.getByRole('link', { name: 'Inventory', exact: true }).waitFor();
      await expect(clerkPage.getByRole('link', { name: 'Analytics', exact: true }).count()).resolves.toBe(0);
      await clerkPage.evaluate("location.hash = '#/analytics'");
      await clerkPage.getByText('Analytics are for managers').waitFor();
      await expect(clerkPage.getByRole('link', { name: 'Open the query lab' }).count()).resolves.toBe(0);
      await expect(clerkPage.getByRole('group', { name: 'Net revenue' }).count()).resolves.toBe(0);
    } finally {
      await clerkPage.context().close();
    }
  });
});

/** An empty store and a browser whose clock is on another date than the store's, as near midnight. */
describe('analytics presets, with the browser on another day than the store', () => {
  let store: OpenStore;
  let page: Page;
  let storeToday: string;
  let storeZone: string;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    const [{ timeZone }] = await callChannel<[{ timeZone: string }]>(page, 'stores.list', {});
    storeZone = timeZone;
    const now = new Date();
    storeToday = localDate(timeZone, now);
    // Fourteen hours ahead of UTC or eleven behind: at any hour one of them is on another date.
    const browserZone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((zone) => localDate(zone, now) !== storeToday);
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setTimezoneOverride', { timezoneId: browserZone! });
    expect(await page.evaluate(() => new Date().toLocaleDateString('en-CA'))).not.toBe(storeToday);
    await new AnalyticsPage(page).open();
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it("counts the last 7 days back from the store's today, not the browser's", async () => {
    await new AnalyticsPage(page).choosePeriod('Last 7 days');
    await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe(storeToday);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(addDays(storeToday, -6));
  });

  it('takes a date typed digit by digit as one step of history and one request', async () => {
    await new AnalyticsPage(page).choosePeriod('Last 30 days');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/rpc/analytics.dashboard')) asked.push(request.postData() ?? '');
    });
    // Typed at a person's pace in the field's own order of parts; the month and day pass through 01.
    const typed = { year: '2025', month: '12', day: '15' };
    const order = await page.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date())
        .map((part) => part.type)
        .filter((type) => type === 'year' || type === 'month' || type === 'day'),
    );
    await page.getByLabel('From', { exact: true }).focus();
    for (const part of order) await page.keyboard.type(typed[part], { delay: 150 });
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParam(page, 'from')).toBe('2025-12-15');
    await expect.poll(() => asked.length).toBe(1);
    await new AnalyticsPage(page).settled();
    expect(asked).toHaveLength(1);
    expect(searchParam(page, 'range')).toBeNull();

    await page.goBack();
    await expect.poll(() => searchParam(page, 'range')).toBe('last-30-days');
    expect(searchParam(page, 'from')).toBeNull();
  });

  it("moves a dashboard left open on to the new day when the store's midnight passes", async () => {
    // A minute before the store's midnight last night; the fake clock then runs past it.
    await page.clock.install({ time: localDayStart(storeZone, storeToday).getTime() - 60_000 });
    await page.reload();
    await new AnalyticsPage(page).choosePeriod('Last 7 days');
    const yesterday = addDays(storeToday, -1);
    await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe(yesterday);
    await page.clock.runFor(2 * 60_000);
    await expect.poll(() => page.getByLabel('To', { exact: true }).inputValue()).toBe(storeToday);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(addDays(storeToday, -6));
  });
});
