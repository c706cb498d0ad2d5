import { Button, Group, TextInput } from '@mantine/core';
import { AUDIT_RESULTS, type AuditResultName } from '../../../shared/contract/audit';
import type { AuditFilters as Filters } from '../../api/hooks/useAudit';
import { useStaffChoices } from '../../api/hooks/useOrders';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { StaffSelect } from '../../components/StaffSelect';
import { useFilterForm } from '../../lib/useFilterForm';
import { RESULT_LABELS } from './audit-labels';

interface FilterForm {
  staffId: string | null;
  action: string;
  entity: string;
  entityId: string;
  result: AuditResultName | null;
  from: string;
  to: string;
  text: string;
}

const EMPTY: FilterForm = {
  staffId: null,
  action: '',
  entity: '',
  entityId: '',
  result: null,
  from: '',
  to: '',
  text: '',
};

/** The trail's filters; typing settles for a moment before the list asks again. */
export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const { form, set, text, clear } = useFilterForm({ empty: EMPTY, toFilters, onChange });
  const staff = useStaffChoices(true);

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Audit filters">
      <StaffSelect
        label="Who"
        staff={staff.data ?? []}
        value={form.staffId}
        onChange={(value) => set('staffId', value)}
      />
      <TextInput label="Action" placeholder="products." w={170} {...text('action')} />
      <TextInput label="Record" placeholder="products" w={130} {...text('entity')} />
      <TextInput label="Record ID" w={100} {...text('entityId')} />
      <ChoiceFilter
        label="Result"
        w={150}
        choices={AUDIT_RESULTS}
        labels={RESULT_LABELS}
        value={form.result}
        onChange={(value) => set('result', value)}
      />
      <TextInput label="From" type="date" w={150} {...text('from')} />
      <TextInput label="To" type="date" w={150} {...text('to')} />
      <TextInput label="Details contain" w={180} {...text('text')} />
      <Button variant="subtle" onClick={clear}>
        Clear filters
      </Button>
    </Group>
  );
}

/** Days are the store's own: the server reads them on its clock, "to" including its whole day. */
function toFilters(form: FilterForm): Filters {
  const filters: Filters = {};
  const trimmed = (value: string) => value.trim() || undefined;
  if (form.staffId) filters.staffId = Number(form.staffId);
  if (trimmed(form.action)) filters.actionPrefix = form.action.trim();
  if (trimmed(form.entity)) filters.entity = form.entity.trim();
  if (trimmed(form.entityId)) filters.entityId = form.entityId.trim();
  if (form.result) filters.result = form.result;
  if (form.from) filters.fromDay = form.from;
  if (form.to) filters.toDay = form.to;
  if (trimmed(form.text)) filters.text = form.text.trim();
  return filters;
}
