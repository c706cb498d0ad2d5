import { Skeleton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ProductRow as Product, ProductSort } from '../../../shared/contract';
import type { Sorting } from './columns';
import { ProductRow } from './ProductRow';
import classes from './ProductTable.module.css';
import { ProductTableHeader, type HeaderSelection } from './ProductTableHeader';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = ROW_HEIGHT;
/** Ask for the next page this many rows before the end, so a steady scroll never meets a spinner. */
const LOAD_AHEAD_ROWS = 40;
const SKELETON_ROWS = 12;

export interface ProductTableProps {
  products: Product[];
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
  sorting: Sorting;
  onSort: (column: ProductSort) => void;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
  /** Changes whenever the filters do, so the list starts again at the top. */
  resetKey: string;
  /** Ticked products, for those who may edit several at once; null hides the column. */
  selection: RowSelection | null;
  /** The "On hand" header when the list shows another store's stock. */
  onHandLabel?: string;
}

export interface RowSelection {
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  header: HeaderSelection;
}

export function ProductTable({
  products,
  loading,
  hasMore,
  loadMore,
  sorting,
  onSort,
  empty,
  resetKey,
  selection,
  onHandLabel,
}: ProductTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = products.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The sticky header sits above the rows inside the same scroller.
    scrollMargin: HEADER_HEIGHT,
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastVisible >= products.length - LOAD_AHEAD_ROWS) loadMore();
  }, [hasMore, lastVisible, products.length, loadMore]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <div className={`${classes.table} ${selection ? classes.selectable : ''}`}>
        <div role="table" aria-label="Products" aria-rowcount={hasMore ? -1 : products.length + 1}>
          <ProductTableHeader
            sorting={sorting}
            onSort={onSort}
            selection={selection?.header ?? null}
            onHandLabel={onHandLabel}
          />
          {!loading && products.length > 0 && (
            <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
              {virtualRows.map((row) => {
                const offset = row.start - HEADER_HEIGHT;
                const product = products[row.index];
                return product ? (
                  <ProductRow
                    key={product.id}
                    product={product}
                    index={row.index}
                    offset={offset}
                    selected={selection ? selection.selected.has(product.id) : undefined}
                    onToggle={selection?.onToggle}
                  />
                ) : (
                  <LoadingRow key="loading" offset={offset} />
                );
              })}
            </div>
          )}
        </div>
        {loading && <SkeletonRows selectable={selection !== null} />}
      </div>
      {!loading && products.length === 0 && <div className={classes.empty}>{empty}</div>}
    </div>
  );
}

function LoadingRow({ offset }: { offset: number }) {
  return (
    <div role="row" className={`${classes.row} ${classes.bodyRow}`} style={{ transform: `translateY(${offset}px)` }}>
      <div role="cell" className={`${classes.cell} ${classes.loadingMore}`}>
        Loading more products…
      </div>
    </div>
  );
}

function SkeletonRows({ selectable }: { selectable: boolean }) {
  return (
    <div aria-busy="true" aria-label="Loading products">
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        <div key={index} className={classes.row}>
          {selectable && <Skeleton height={12} width={12} />}
          <Skeleton height={12} width="70%" />
          <Skeleton height={12} width="60%" />
          <Skeleton height={12} width="50%" />
          <Skeleton height={12} width="60%" ml="auto" />
          <Skeleton height={12} width="40%" ml="auto" />
          <Skeleton height={12} width="70%" ml="auto" />
        </div>
      ))}
    </div>
  );
}
