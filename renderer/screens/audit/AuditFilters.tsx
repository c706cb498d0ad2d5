import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ChangeEvent } from 'react';
import { AUDIT_RESULTS, type AuditResultName } from '../../../shared/contract/audit';
import type { AuditFilters as Filters } from '../../api/hooks/useAudit';
import { useStaffChoices } from '../../api/hooks/useOrders';
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
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const [debounced] = useDebouncedValue(form, 300);
  const staff = useStaffChoices(true);
  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const text = (key: 'action' | 'entity' | 'entityId' | 'text' | 'from' | 'to') => ({
    value: form[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value),
  });

  useEffect(() => onChange(toFilters(debounced)), [debounced, onChange]);

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Audit filters">
      <Select
        label="Who"
        w={170}
        clearable
        searchable
        placeholder="Anyone"
        value={form.staffId}
        onChange={(value) => set('staffId', value)}
        data={(staff.data ?? []).map((member) => ({ value: String(member.id), label: member.displayName }))}
      />
      <TextInput label="Action" placeholder="products." w={170} {...text('action')} />
      <TextInput label="Record" placeholder="products" w={130} {...text('entity')} />
      <TextInput label="Record ID" w={100} {...text('entityId')} />
      <Select
        label="Result"
        w={150}
        clearable
        placeholder="Any"
        value={form.result}
        onChange={(value) => set('result', value as AuditResultName | null)}
        data={AUDIT_RESULTS.map((value) => ({ value, label: RESULT_LABELS[value] }))}
      />
      <TextInput label="From" type="date" w={150} {...text('from')} />
      <TextInput label="To" type="date" w={150} {...text('to')} />
      <TextInput label="Details contain" w={180} {...text('text')} />
      <Button variant="subtle" onClick={() => setForm(EMPTY)}>
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
