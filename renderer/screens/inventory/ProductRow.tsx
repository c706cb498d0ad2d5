import { Badge } from '@mantine/core';
import { memo } from 'react';
import type { ProductRow as Product } from '../../../shared/contract';
import { formatMoney } from '../../../shared/money';
import { formatCount, formatDate, formatDateTime } from '../../lib/format';
import classes from './ProductTable.module.css';

/** The store's currency; one place to change once stores carry their own. */
const CURRENCY = 'USD';

/** One product in the virtualized list; memoized because scrolling re-renders the list, not the products. */
export const ProductRow = memo(function ProductRow({
  product,
  index,
  offset,
}: {
  product: Product;
  index: number;
  offset: number;
}) {
  const low = product.onHand <= product.reorderPoint;
  return (
    <div
      role="row"
      data-testid="product-row"
      aria-rowindex={index + 2}
      className={`${classes.row} ${classes.bodyRow}`}
      style={{ transform: `translateY(${offset}px)` }}
    >
      <div role="cell" className={classes.cell} title={product.name}>
        {product.name}
        {product.archived && (
          <Badge size="xs" variant="light" color="gray" ml="xs">
            Archived
          </Badge>
        )}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.sku}`} title={product.barcode ?? undefined}>
        {product.sku}
      </div>
      <div role="cell" className={classes.cell} title={product.categoryName ?? undefined}>
        {product.categoryName ?? '—'}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.numeric}`}>
        {formatMoney(product.priceCents, CURRENCY)}
      </div>
      <div
        role="cell"
        className={`${classes.cell} ${classes.numeric} ${low ? classes.low : ''}`}
        title={low ? `At or below the reorder point of ${formatCount(product.reorderPoint)}` : undefined}
      >
        {low && (
          <Badge size="xs" variant="light" color="orange" mr={6}>
            Low
          </Badge>
        )}
        {formatCount(product.onHand)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.numeric}`} title={formatDateTime(product.updatedAt)}>
        {formatDate(product.updatedAt)}
      </div>
    </div>
  );
});
