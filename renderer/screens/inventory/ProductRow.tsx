import { Badge, Checkbox } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import type { ProductRow as Product } from '../../../shared/contract';
import { money } from '../../components/inventory/money';
import { formatCount, formatDate, formatDateTime } from '../../lib/format';
import { isLowStock } from './low-stock/is-low-stock';
import classes from './ProductTable.module.css';

/** One product in the virtualized list; memoized because scrolling re-renders the list, not the products. */
export const ProductRow = memo(function ProductRow({
  product,
  index,
  offset,
  selected,
  onToggle,
}: {
  product: Product;
  index: number;
  offset: number;
  /** Undefined when the person may not select products (bulk edits are for managers). */
  selected?: boolean;
  onToggle?: (id: number) => void;
}) {
  const low = isLowStock(product.onHand, product.reorderPoint);
  return (
    <div
      role="row"
      data-testid="product-row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`${classes.row} ${classes.bodyRow}`}
      style={{ transform: `translateY(${offset}px)` }}
    >
      {selected !== undefined && (
        <div role="cell" className={`${classes.cell} ${classes.selectCell}`}>
          <Checkbox
            size="xs"
            aria-label={`Select ${product.name}`}
            checked={selected}
            onChange={() => onToggle?.(product.id)}
          />
        </div>
      )}
      <div role="cell" className={classes.cell} title={product.name}>
        <Link to={`/inventory/products/${product.id}`} className={classes.rowLink}>
          {product.name}
        </Link>
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
        {money(product.priceCents)}
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
