import { useParams } from 'react-router';
import { countOf } from '../../components/inventory/units';
import type { PurchaseOrderDetail, SupplierDetail } from '../../../shared/contract';
import { useSupplier } from '../../api/hooks/useCatalog';
import { usePurchaseOrder } from '../../api/hooks/usePurchasing';
import { money } from '../../components/inventory/money';
import { PrintDocument } from '../../components/inventory/PrintDocument';
import { QueryError } from '../../components/inventory/QueryError';
import { TableSkeleton } from '../../components/inventory/TableSkeleton';
import { formatCount, formatDate, formatDateTime } from '../../lib/format';
import { orderTitle, STATUS_LABELS } from './status';
import classes from './PurchaseOrderPrint.module.css';

/** A purchase order on paper (or PDF): who orders what from whom, at what cost. */
export function PurchaseOrderPrint() {
  const orderId = Number(useParams().orderId);
  const order = usePurchaseOrder(orderId);
  const supplier = useSupplier(order.data?.supplier.id ?? null);
  if (order.isPending) return <TableSkeleton label="Loading purchase order" />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  const title = `${orderTitle(order.data.number)} — ${order.data.supplier.name}`;
  return (
    <PrintDocument title={title} backTo={`/inventory/purchase-orders/${orderId}`} backLabel="← Back to the order">
      <OrderSheet order={order.data} supplier={supplier.data ?? null} />
    </PrintDocument>
  );
}

function OrderSheet({ order, supplier }: { order: PurchaseOrderDetail; supplier: SupplierDetail | null }) {
  return (
    <>
      <header className={classes.head}>
        <div>
          <div className={classes.label}>Ordered by</div>
          <strong>{order.store.name}</strong>
        </div>
        <div style={{ textAlign: 'end' }}>
          <h1 className={classes.title}>Purchase order {order.number}</h1>
          <div>
            {STATUS_LABELS[order.status]} · {order.sentAt ? `sent ${formatDate(order.sentAt)}` : 'not sent yet'}
          </div>
        </div>
      </header>
      <section className={classes.parties}>
        <div>
          <div className={classes.label}>Supplier</div>
          <strong>{order.supplier.name}</strong>
          {supplier?.contactName && <div>{supplier.contactName}</div>}
          {supplier?.email && <div>{supplier.email}</div>}
          {supplier?.phone && <div>{supplier.phone}</div>}
        </div>
        <div>
          <div className={classes.label}>Deliver to</div>
          <strong>{order.store.name}</strong>
          <div>Expected: {order.expectedAt ? formatDate(order.expectedAt) : 'as soon as possible'}</div>
          {order.note && <div>Note: {order.note}</div>}
        </div>
      </section>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Their code</th>
            <th>Our SKU</th>
            <th>Product</th>
            <th className={classes.numeric}>Quantity</th>
            <th className={classes.numeric}>Unit cost</th>
            <th className={classes.numeric}>Total</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={line.productId}>
              <td>{index + 1}</td>
              <td className={classes.code}>{line.supplierSku ?? '—'}</td>
              <td className={classes.code}>{line.sku}</td>
              <td>{line.name}</td>
              <td className={classes.numeric}>{formatCount(line.quantityOrdered)}</td>
              <td className={classes.numeric}>{money(line.unitCostCents)}</td>
              <td className={classes.numeric}>{money(line.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={classes.total}>
            <td colSpan={4}>
              {countOf(order.lineCount, 'line')} ·{' '}
              {countOf(
                order.lines.reduce((sum, line) => sum + line.quantityOrdered, 0),
                'unit',
              )}
            </td>
            <td colSpan={2} className={classes.numeric}>
              Total
            </td>
            <td className={classes.numeric}>{money(order.totalCents)}</td>
          </tr>
        </tfoot>
      </table>
      <p className={classes.footer}>
        {orderTitle(order.number)} · created {formatDateTime(order.createdAt)} by {order.createdByName} · printed{' '}
        {formatDateTime(new Date().toISOString())}
      </p>
    </>
  );
}
