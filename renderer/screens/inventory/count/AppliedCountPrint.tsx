import { useParams } from 'react-router';
import { useStockCount } from '../../../api/hooks/useStock';
import { PrintDocument } from '../../../components/inventory/PrintDocument';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatCount, formatDateTime } from '../../../lib/format';
import classes from './CountSheet.module.css';

/** An applied count on paper, for the file: expected, counted and the difference booked on each line. */
export function AppliedCountPrint() {
  const countId = Number(useParams().countId);
  const count = useStockCount(countId);
  if (count.isPending) return <TableSkeleton label="Loading count" />;
  if (count.isError) return <QueryError error={count.error} onRetry={() => void count.refetch()} />;
  const sheet = count.data;
  return (
    <PrintDocument
      title={`Count ${sheet.id} — ${sheet.store.name}`}
      backTo={`/inventory/count/${sheet.id}`}
      backLabel="← Back to the count"
    >
      <h1 className={classes.heading}>Stock count #{sheet.id}</h1>
      <p className={classes.meta}>
        {sheet.store.name} · counted by {sheet.countedBy.name} · {formatDateTime(sheet.countedAt)}
        {sheet.note && ` · ${sheet.note}`}
      </p>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Product</th>
            <th className={classes.numeric}>Expected</th>
            <th className={classes.numeric}>Counted</th>
            <th className={classes.numeric}>Difference</th>
          </tr>
        </thead>
        <tbody>
          {sheet.lines.map((line) => (
            <tr key={line.productId}>
              <td className={classes.code}>{line.sku}</td>
              <td>{line.name}</td>
              <td className={classes.numeric}>{formatCount(line.expected)}</td>
              <td className={classes.numeric}>{formatCount(line.counted)}</td>
              <td className={classes.numeric}>
                {line.difference > 0 ? '+' : ''}
                {formatCount(line.difference)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={classes.signature}>
        <div>Counted by: {sheet.countedBy.name}</div>
        <div>Checked by</div>
      </div>
    </PrintDocument>
  );
}
