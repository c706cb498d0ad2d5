import { Switch } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCategories } from '../../../api/hooks/useCatalog';
import { countSheetQuery } from '../../../api/hooks/useStock';
import { PrintDocument } from '../../../components/inventory/PrintDocument';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatCount, formatDateTime } from '../../../lib/format';
import classes from './CountSheet.module.css';

/** A sheet to count on paper: every product of a category (or the store) by name, with a box to write in. */
export function BlankCountSheet() {
  const [params] = useSearchParams();
  const categoryParam = Number(params.get('category'));
  const categoryId = Number.isInteger(categoryParam) && categoryParam > 0 ? categoryParam : null;
  const sheet = useQuery(countSheetQuery(categoryId));
  const categories = useCategories();
  const [showOnHand, setShowOnHand] = useState(false);
  const categoryName = categories.data?.find((category) => category.id === categoryId)?.path ?? 'All products';

  if (sheet.isPending) return <TableSkeleton label="Loading count sheet" />;
  if (sheet.isError) return <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />;

  return (
    <PrintDocument
      title={`Count sheet — ${sheet.data.store.name} — ${categoryName}`}
      backTo="/inventory/count"
      backLabel="← Stock count"
      tools={
        <Switch
          label="Show stock on hand"
          checked={showOnHand}
          onChange={(event) => setShowOnHand(event.currentTarget.checked)}
        />
      }
    >
      <h1 className={classes.heading}>Count sheet · {categoryName}</h1>
      <p className={classes.meta}>
        {sheet.data.store.name} · {countOf(sheet.data.items.length, 'product')} · printed{' '}
        {formatDateTime(new Date().toISOString())}
      </p>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Barcode</th>
            <th>Product</th>
            {showOnHand && <th className={classes.numeric}>On hand</th>}
            <th className={classes.numeric}>Counted</th>
          </tr>
        </thead>
        <tbody>
          {sheet.data.items.map((row) => (
            <tr key={row.productId}>
              <td className={classes.code}>{row.sku}</td>
              <td className={classes.code}>{row.barcode ?? ''}</td>
              <td>{row.name}</td>
              {showOnHand && <td className={classes.numeric}>{formatCount(row.onHand)}</td>}
              <td className={classes.blank} />
            </tr>
          ))}
        </tbody>
      </table>
      <div className={classes.signature}>
        <div>Counted by</div>
        <div>Date and time</div>
      </div>
    </PrintDocument>
  );
}
