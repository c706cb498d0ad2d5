import type { Page } from 'playwright-core';
import type { ChannelInput } from '../../../shared/contract';
import type { ProductDetail } from '../../../shared/contract/catalog';

/**
 * Seeds data through the contract, as the person logged in to the page: the same channel, role
 * check and validation the screens go through (never raw SQL). Browser mode keeps the session token
 * in sessionStorage; the request shares the page's cookies, which carry the run key.
 */
export async function callChannel<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const token = await page.evaluate("sessionStorage.getItem('backroom.session')");
  const response = await page.request.post(new URL(`/rpc/${channel}`, page.url()).toString(), {
    headers: { 'x-backroom-session': String(token) },
    data: input,
  });
  const envelope = (await response.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error?.code} ${envelope.error?.message}`);
  return envelope.data as T;
}

type ProductFields = ChannelInput<'products.create'>;

/**
 * A product made through the contract, priced and costed as the test says; the rest as a new
 * product usually is: no tax, no reorder point, sold even when none are on hand.
 */
export function createProduct(
  page: Page,
  product: Pick<ProductFields, 'sku' | 'name' | 'priceCents' | 'costCents'> & Partial<ProductFields>,
): Promise<ProductDetail> {
  return callChannel<ProductDetail>(page, 'products.create', {
    taxRateBp: 0,
    reorderPoint: 0,
    reorderQty: 0,
    allowBackorder: true,
    attributes: {},
    ...product,
  });
}
