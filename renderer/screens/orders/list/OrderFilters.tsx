import { Button, Group, Select, TextInput } from '@mantine/core';
import { orderListInput, PAYMENT_METHODS, type PaymentMethod } from '../../../../shared/contract/orders';
import { ORDER_STATUSES, type OrderStatus } from '../../../../shared/order-status';
import { useStaffChoices, type OrderFilters as Filters } from '../../../api/hooks/useOrders';
import { useStores } from '../../../api/hooks/useStock';
import { CustomerPicker } from '../../../components/customers/CustomerPicker';
import { MoneyInput } from '../../../components/inventory/MoneyInput';
import { useCan } from '../../../components/inventory/useCan';
import { ChoiceFilter } from '../../../components/ChoiceFilter';
import { StaffSelect } from '../../../components/StaffSelect';
import { useFilterForm } from '../../../lib/useFilterForm';
import { validate } from '../../../lib/validate';
import { METHOD_LABELS, STATUS_LABELS } from '../labels';

interface FilterForm {
  status: OrderStatus | null;
  from: string;
  to: string;
  storeId: string | null;
  staffId: string | null;
  customerId: number | null;
  paymentMethod: PaymentMethod | null;
  minTotalCents: number | null;
  maxTotalCents: number | null;
  orderNumber: string;
}

const EMPTY: FilterForm = {
  status: null,
  from: '',
  to: '',
  storeId: null,
  staffId: null,
  customerId: null,
  paymentMethod: null,
  minTotalCents: null,
  maxTotalCents: null,
  orderNumber: '',
};

/** The list's filters, starting from `initial` (a link's); dates are whole local days, amounts in the person's money format. */
export function OrderFilters({ initial, onChange }: { initial?: Filters; onChange: (filters: Filters) => void }) {
  const { form, set, text, clear } = useFilterForm({
    empty: EMPTY,
    initial: () => ({
      ...EMPTY,
      from: initial?.fromDay ?? '',
      to: initial?.toDay ?? '',
      storeId: initial?.storeId === undefined ? null : String(initial.storeId),
    }),
    toFilters,
    onChange,
  });
  const can = useCan();
  const staff = useStaffChoices(can('staff.list'));
  const stores = useStores();

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Order filters">
      <TextInput
        label="Order number"
        w={130}
        inputMode="numeric"
        value={form.orderNumber}
        error={orderNumberError(form.orderNumber)}
        onChange={(event) => set('orderNumber', event.currentTarget.value.replace(/\D/g, ''))}
      />
      <ChoiceFilter
        label="Status"
        w={140}
        choices={ORDER_STATUSES}
        labels={STATUS_LABELS}
        value={form.status}
        onChange={(value) => set('status', value)}
      />
      <TextInput label="From" type="date" w={150} {...text('from')} />
      <TextInput label="To" type="date" w={150} {...text('to')} />
      <Select
        label="Store"
        w={170}
        clearable
        placeholder="My store"
        value={form.storeId}
        onChange={(value) => set('storeId', value)}
        data={(stores.data ?? []).map((store) => ({ value: String(store.id), label: store.name }))}
      />
      {/* Remounted when the filters are cleared, so the picker's typed name goes too. */}
      <CustomerPicker
        key={form.customerId === null ? 'anyone' : 'picked'}
        label="Customer"
        onPick={(customer) => set('customerId', customer.id)}
      />
      {staff.data && (
        <StaffSelect
          label="Staff"
          staff={staff.data}
          value={form.staffId}
          onChange={(value) => set('staffId', value)}
        />
      )}
      <ChoiceFilter
        label="Paid by"
        w={140}
        placeholder="Any method"
        choices={PAYMENT_METHODS}
        labels={METHOD_LABELS}
        value={form.paymentMethod}
        onChange={(value) => set('paymentMethod', value)}
      />
      <MoneyInput
        label="Total from"
        w={120}
        value={form.minTotalCents}
        onChange={(cents) => set('minTotalCents', cents)}
      />
      <MoneyInput
        label="Total to"
        w={120}
        value={form.maxTotalCents}
        onChange={(cents) => set('maxTotalCents', cents)}
      />
      <Button variant="subtle" onClick={clear}>
        Clear filters
      </Button>
    </Group>
  );
}

/** Days are the store's own: the server reads them on its clock, "to" including its whole day. */
function toFilters(form: FilterForm): Filters {
  const filters: Filters = {};
  if (form.status) filters.status = form.status;
  if (form.from) filters.fromDay = form.from;
  if (form.to) filters.toDay = form.to;
  if (form.storeId) filters.storeId = Number(form.storeId);
  if (form.staffId) filters.staffId = Number(form.staffId);
  if (form.customerId !== null) filters.customerId = form.customerId;
  if (form.paymentMethod) filters.paymentMethod = form.paymentMethod;
  if (form.minTotalCents !== null && !Number.isNaN(form.minTotalCents)) filters.minTotalCents = form.minTotalCents;
  if (form.maxTotalCents !== null && !Number.isNaN(form.maxTotalCents)) filters.maxTotalCents = form.maxTotalCents;
  if (form.orderNumber && orderNumberError(form.orderNumber) === undefined)
    filters.orderNumber = Number(form.orderNumber);
  return filters;
}

const orderNumberRule = orderListInput.pick({ orderNumber: true });

/** Why the typed digits can name no order (0, or more than the list can search for), by the list's own rule. */
function orderNumberError(digits: string): string | undefined {
  if (digits === '') return undefined;
  const checked = validate(orderNumberRule, { orderNumber: Number(digits) });
  return checked.ok ? undefined : checked.errors.orderNumber;
}
