import { Checkbox, UnstyledButton } from '@mantine/core';
import type { ProductSort } from '../../../shared/contract';
import { PRODUCT_COLUMNS, type Sorting } from './columns';
import classes from './ProductTable.module.css';

export interface HeaderSelection {
  all: boolean;
  some: boolean;
  onToggleAll: () => void;
}

export function ProductTableHeader({
  sorting,
  onSort,
  selection,
  onHandLabel,
}: {
  sorting: Sorting;
  onSort: (column: ProductSort) => void;
  selection: HeaderSelection | null;
  /** Names the store whose stock the "On hand" column shows, when not the person's own. */
  onHandLabel?: string | undefined;
}) {
  return (
    <div role="rowgroup" className={classes.head}>
      <div role="row" aria-rowindex={1} className={classes.row}>
        {selection && (
          <div role="columnheader" className={`${classes.cell} ${classes.selectCell}`}>
            <Checkbox
              size="xs"
              aria-label="Select all loaded products"
              checked={selection.all}
              indeterminate={selection.some && !selection.all}
              onChange={selection.onToggleAll}
            />
          </div>
        )}
        {PRODUCT_COLUMNS.map((column) => {
          const active = column.sort !== undefined && column.sort === sorting.sort;
          const cellClass = `${classes.cell} ${classes.headerCell} ${column.numeric ? classes.numeric : ''}`;
          const label = column.sort === 'onHand' && onHandLabel ? onHandLabel : column.label;
          return (
            <div
              key={column.label}
              role="columnheader"
              className={cellClass}
              aria-sort={active ? (sorting.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <UnstyledButton
                  className={classes.sortButton}
                  data-active={active || undefined}
                  onClick={() => column.sort && onSort(column.sort)}
                >
                  {label}
                  {active && <span aria-hidden="true">{sorting.direction === 'asc' ? ' ↑' : ' ↓'}</span>}
                </UnstyledButton>
              ) : (
                label
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
