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
}: {
  sorting: Sorting;
  onSort: (column: ProductSort) => void;
  selection: HeaderSelection | null;
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
                  {column.label}
                  {active && <span aria-hidden="true">{sorting.direction === 'asc' ? ' ↑' : ' ↓'}</span>}
                </UnstyledButton>
              ) : (
                column.label
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
