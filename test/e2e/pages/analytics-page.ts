import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { DEMO_LOAD_TIMEOUT_MS } from '../browser-host';
import { callChannel } from './contract-seed';

/** What the page's table rows offer, typed here because the tests compile without the DOM library. */
interface TableRow {
  querySelectorAll(selector: 'td'): Iterable<{ textContent: string | null }>;
}

/**
 * Loads the demo data through its channel into the empty store on the page and waits for the job
 * to end, then reloads so every screen reads the filled store.
 */
export async function loadDemoData(page: Page): Promise<void> {
  const { jobId } = await callChannel<{ jobId: number }>(page, 'demo.loadData', {});
  const deadline = Date.now() + DEMO_LOAD_TIMEOUT_MS;
  for (;;) {
    const job = await callChannel<{ status: string; error?: unknown }>(page, 'jobs.get', { id: jobId });
    if (job.status === 'succeeded') break;
    if (job.status !== 'running') throw new Error(`demo data ended ${job.status}`);
    if (Date.now() > deadline) throw new Error('demo data did not finish in time');
    await page.waitForTimeout(2_000);
  }
  await page.reload();
}

/** The analytics dashboard: filters, headline tiles and chart cards, driven as a manager would. */
export class AnalyticsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Analytics', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Analytics', exact: true }).waitFor();
  }

  async choosePeriod(label: string) {
    await this.page.getByRole('combobox', { name: 'Period' }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await this.settled();
  }

  /** Waits until no answer is loading: the figures and charts on screen are those of the filter shown. */
  async settled() {
    await this.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  }

  /** The value a headline tile shows, e.g. "Net revenue". */
  tileValue(label: string): Promise<string | null> {
    return this.page.getByRole('group', { name: label, exact: true }).locator('[data-kpi-value]').textContent();
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  canvas(title: string): Locator {
    return this.card(title)
      .getByRole('img', { name: `Chart: ${title}` })
      .locator('canvas');
  }

  async showAsTable(title: string, shown: boolean) {
    const toggle = this.card(title).getByRole('switch', { name: 'Show as table' });
    if (shown) await toggle.check({ force: true });
    else await toggle.uncheck({ force: true });
  }

  /** The cells of the chart's table, row by row (the table is named by its caption, the chart's title). */
  async tableRows(title: string): Promise<string[][]> {
    const table = this.card(title).getByRole('table', { name: title });
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        (rows as unknown as TableRow[]).map((row) =>
          [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
        ),
      );
  }

  /**
   * Clicks the band of one element of a chart: bars share the plot evenly, and a click anywhere in
   * a bar's band picks it. The plot's edges are estimated from the axes' usual room.
   */
  async clickBand(title: string, index: number, count: number, axis: 'x' | 'y') {
    const canvas = this.canvas(title);
    const box = (await canvas.boundingBox())!;
    if (axis === 'y') {
      const top = 12;
      const bottom = box.height - 30;
      const y = top + ((index + 0.5) * (bottom - top)) / count;
      await canvas.click({ position: { x: box.width * 0.85, y } });
    } else {
      const left = 80;
      const right = box.width - 12;
      const x = left + ((index + 0.5) * (right - left)) / count;
      await canvas.click({ position: { x, y: box.height * 0.6 } });
    }
  }

  filterChip(label: string): Locator {
    return this.page.getByRole('list', { name: 'Filters in force' }).getByRole('listitem').filter({ hasText: label });
  }

  async removeFilter(label: string) {
    await this.page.getByRole('button', { name: `Remove filter ${label}` }).click();
  }

  /** Clicks one of a card's download buttons and answers the file's suggested name and bytes. */
  async download(title: string, format: 'CSV' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.card(title)
      .getByRole('button', { name: `Download as ${format}` })
      .click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }
}
