import { contract, type ChannelName, type ChannelOutput } from '../../../shared/contract';
import { handlers } from '../../handlers';
import type { AuthedContext } from '../../host/context';
import type { CellType, CellValue } from '../cells';

/** One column of an exported list: its header, how its cells show, and where each cell comes from. */
export interface ExportColumn<R> {
  /** For money, the label: the writer adds the currency. */
  header: string;
  type: CellType;
  value(row: R): CellValue;
}

/** How one list is exported: the columns the screen shows, and its rows page by page in the screen's order. */
export interface ListExport<R> {
  columns: readonly ExportColumn<R>[];
  /** Filters are the list's own, already checked against its channel's input. */
  pages(filters: Record<string, unknown>, ctx: AuthedContext): AsyncIterable<readonly R[]>;
  /** The store whose currency money columns are in: the one the list shows. */
  storeOf?(filters: Record<string, unknown>): number | undefined;
}

/** The largest page a list channel serves. */
export const PAGE_SIZE = 200;

type PagedChannel = {
  [N in ChannelName]: ChannelOutput<N> extends { items: unknown[]; nextCursor: string | null } ? N : never;
}[ChannelName];
type Page<N extends PagedChannel> = ChannelOutput<N>;
type Item<N extends PagedChannel> = Page<N>['items'][number];

/**
 * Every page of a list, read by the channel's own handler: the same filters, checks, order and
 * store scope as the screen, following the keyset cursor until the list ends.
 */
export async function* channelPages<N extends PagedChannel>(
  channel: N,
  filters: Record<string, unknown>,
  ctx: AuthedContext,
): AsyncGenerator<readonly Item<N>[]> {
  const handler = handlers[channel] as unknown as (input: unknown, ctx: AuthedContext) => Page<N> | Promise<Page<N>>;
  let cursor: string | null = null;
  do {
    const input = contract[channel].input.parse({ ...filters, ...(cursor ? { cursor } : {}), limit: PAGE_SIZE });
    const page = await handler(input, ctx);
    yield page.items as Item<N>[];
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/** A list of one channel's pages, shown with the given columns. */
export function pagedList<N extends PagedChannel>(
  channel: N,
  columns: readonly ExportColumn<Item<N>>[],
): ListExport<Item<N>> {
  return {
    columns,
    pages: (filters, ctx) => channelPages(channel, filters, ctx),
    storeOf: (filters) => (typeof filters.storeId === 'number' ? filters.storeId : undefined),
  };
}
