import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { EndOfDay } from '../../../../shared/contract/orders';
import { canCall } from '../../../../shared/permissions';
import { useEndOfDay } from '../../../api/hooks/useOrders';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { useStores } from '../../../api/hooks/useStock';
import { ExportButton } from '../../../components/ExportButton';
import { ManagersOnlyScreen } from '../../../components/ManagersOnlyScreen';
import { money } from '../../../components/inventory/money';
import { PrintDocument } from '../../../components/inventory/PrintDocument';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatCalendarDay, formatCount } from '../../../lib/format';
import { formatPercentBp } from '../till/discount-text';
import { METHOD_LABELS } from '../labels';
import classes from '../receipt/Receipt.module.css';

/** The day's takings for the store's manager: sales, tax, payments by method and what the drawer should hold. */
export function EndOfDayScreen() {
  const staff = useCurrentStaff();
  if (!canCall(staff.role, 'orders.endOfDay')) return <ManagersOnlyScreen title="End of day" subject="End of day" />;
  return <EndOfDayReport />;
}

function EndOfDayReport() {
  const staff = useCurrentStaff();
  // No date asks for today on the store's own clock; the answer says which day that is.
  const [date, setDate] = useState<string | undefined>(undefined);
  const [storeId, setStoreId] = useState(staff.storeId);
  const stores = useStores();
  const summary = useEndOfDay(date, storeId);
  // Until the chain's stores are in, the caller's own store is the one choice.
  const storeOptions = (stores.data ?? [{ id: staff.storeId, name: staff.storeName }]).map((store) => ({
    value: store.id,
    label: store.name,
  }));
  const storeName = storeOptions.find((option) => option.value === storeId)?.label ?? staff.storeName;
  return (
    <PrintDocument
      title={`End of day — ${storeName} — ${date ?? summary.data?.date ?? ''}`}
      backTo="/orders"
      backLabel="← Orders"
      tools={
        <>
          <Select<number>
            aria-label="Store"
            size="sm"
            data={storeOptions}
            value={storeId}
            onChange={(id) => id !== null && setStoreId(id)}
            allowDeselect={false}
            w={200}
          />
          <TextInput
            aria-label="Day"
            type="date"
            size="sm"
            value={date ?? summary.data?.date ?? ''}
            onChange={(event) => event.currentTarget.value && setDate(event.currentTarget.value)}
          />
          <ExportButton list="endOfDay" filters={date === undefined ? { storeId } : { date, storeId }} />
        </>
      }
    >
      {summary.isPending ? (
        <TableSkeleton label="Loading the day" />
      ) : summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <DaySheet day={summary.data} />
      )}
    </PrintDocument>
  );
}

function DaySheet({ day }: { day: EndOfDay }) {
  return (
    <>
      <header className={classes.head}>
        <h1 className={classes.title}>End of day — {day.store.name}</h1>
        <div className={classes.muted}>
          {formatCalendarDay(day.date)} ({day.store.code}); the day runs in {day.timeZone}
        </div>
      </header>
      <table aria-label="Sales">
        <tbody>
          <Row
            label={`Sales before tax, after discounts (${orders(day.sales.count)})`}
            value={money(day.sales.netCents)}
          />
          <Row label={`Returns before tax (${formatCount(day.returns.count)})`} value={minus(day.returns.netCents)} />
          <Row label="Net sales before tax" value={money(day.net.salesCents)} strong />
          {day.taxBreakdown.map((band) => (
            <Row
              key={band.rateBp}
              label={`Tax ${formatPercentBp(band.rateBp)} on ${money(band.netCents)} of sales`}
              value={money(band.taxCents)}
            />
          ))}
          <Row label="Tax given back by returns" value={minus(day.returns.taxRefundedCents)} />
          <Row label="Net tax" value={money(day.net.taxCents)} />
          <Row label="Net sales with tax" value={money(day.net.totalCents)} strong />
          <Row label="Discounts given (already off sales)" value={money(day.sales.discountCents)} />
          <Row label={`Pending, with tax (${orders(day.pending.count)})`} value={money(day.pending.totalCents)} />
          <Row label="Cancelled orders" value={formatCount(day.cancelled.count)} />
        </tbody>
      </table>
      <h2>Payments by method</h2>
      <table aria-label="Payments by method">
        <thead>
          <tr>
            <th>Method</th>
            <th className={classes.numeric}>Payments</th>
            <th className={classes.numeric}>Refunds</th>
            <th className={classes.numeric}>Net</th>
          </tr>
        </thead>
        <tbody>
          {day.payments.map((row) => (
            <tr key={row.method}>
              <td>{METHOD_LABELS[row.method]}</td>
              <td className={classes.numeric}>{money(row.paymentsCents)}</td>
              <td className={classes.numeric}>{minus(row.refundsCents)}</td>
              <td className={classes.numeric}>{money(row.netCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Cash drawer</h2>
      <table aria-label="Cash drawer">
        <tbody>
          <Row label="Cash tendered" value={money(day.cash.tenderedCents)} />
          <Row label="Change given" value={minus(day.cash.changeCents)} />
          <Row label="Cash refunds" value={minus(day.cash.refundsCents)} />
          <Row label="Expected in the drawer from today's trade" value={money(day.cash.expectedCents)} strong />
        </tbody>
      </table>
    </>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <tr className={strong ? classes.grand : undefined}>
      <td>{label}</td>
      <td className={classes.numeric}>{value}</td>
    </tr>
  );
}

/** Money taken away; zero stays plain zero rather than "−$0.00". */
function minus(cents: number): string {
  return cents === 0 ? money(0) : money(-cents);
}

function orders(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'order' : 'orders'}`;
}
