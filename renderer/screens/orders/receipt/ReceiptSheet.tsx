import type { Receipt } from '../../../../shared/contract/orders';
import { money } from '../../../components/inventory/money';
import { formatCount } from '../../../lib/format';
import { useStoreTime } from '../useStoreTime';
import { formatPercentBp } from '../till/discount-text';
import { CHANNEL_LABELS, METHOD_LABELS, orderTitle, STATUS_LABELS } from '../labels';
import classes from './Receipt.module.css';

/** The customer's copy: store, lines, tax by rate, payments and change. */
export function ReceiptSheet({ receipt }: { receipt: Receipt }) {
  const storeTime = useStoreTime();
  return (
    <>
      <header className={classes.head}>
        <h1 className={classes.title}>{receipt.store.name}</h1>
        {receipt.store.address && <div>{receipt.store.address}</div>}
        <div className={classes.muted}>
          {orderTitle(receipt.orderNumber)} · {storeTime(receipt.store.id, receipt.placedAt)} ·{' '}
          {CHANNEL_LABELS[receipt.channel]} · served by {receipt.staff.name}
        </div>
        {receipt.customer && <div>Customer: {receipt.customer.name}</div>}
        {receipt.status !== 'paid' && <div>Status: {STATUS_LABELS[receipt.status]}</div>}
      </header>
      <table aria-label="Receipt lines">
        <thead>
          <tr>
            <th>Item</th>
            <th className={classes.numeric}>Qty</th>
            <th className={classes.numeric}>Price</th>
            <th className={classes.numeric}>Discount</th>
            <th className={classes.numeric}>Total</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.name}
                <div className={classes.muted}>
                  {line.sku} · tax {formatPercentBp(line.taxRateBp)}
                  {line.returnedQuantity > 0 && ` · ${formatCount(line.returnedQuantity)} returned`}
                </div>
              </td>
              <td className={classes.numeric}>{formatCount(line.quantity)}</td>
              <td className={classes.numeric}>{money(line.unitPriceCents)}</td>
              <td className={classes.numeric}>{line.discountCents > 0 ? money(-line.discountCents) : ''}</td>
              <td className={classes.numeric}>{money(line.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={classes.totals} aria-label="Receipt totals">
        <tbody>
          <Row label="Subtotal" cents={receipt.subtotalCents} />
          {receipt.discountCents > 0 && <Row label="Discounts" cents={-receipt.discountCents} />}
          {receipt.taxBreakdown.map((band) => (
            <Row
              key={band.rateBp}
              label={`Tax ${formatPercentBp(band.rateBp)} on ${money(band.netCents)}`}
              cents={band.taxCents}
            />
          ))}
          <tr className={classes.grand}>
            <td>Total</td>
            <td className={classes.numeric}>{money(receipt.totalCents)}</td>
          </tr>
          {receipt.payments.map((payment) => (
            <Row
              key={payment.id}
              label={`${payment.kind === 'refund' ? 'Refund' : 'Paid'} by ${METHOD_LABELS[payment.method].toLowerCase()}${
                payment.tenderedCents !== null ? ` (tendered ${money(payment.tenderedCents)})` : ''
              }`}
              cents={payment.kind === 'refund' ? -payment.amountCents : payment.amountCents}
            />
          ))}
          {receipt.changeCents > 0 && <Row label="Change" cents={receipt.changeCents} />}
        </tbody>
      </table>
      {receipt.discountApproval && (
        <p className={classes.muted}>
          Discount of {formatPercentBp(receipt.discountApproval.discountBp)} approved by{' '}
          {receipt.discountApproval.approvedBy.name}.
        </p>
      )}
      <p className={classes.head}>Thank you for shopping with us.</p>
    </>
  );
}

function Row({ label, cents }: { label: string; cents: number }) {
  return (
    <tr>
      <td>{label}</td>
      <td className={classes.numeric}>{money(cents)}</td>
    </tr>
  );
}
