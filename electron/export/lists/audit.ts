import { pagedList } from './list-export';

/** The audit trail as the screen shows it, filters included; details as their JSON text. */
export const auditExport = pagedList('audit.list', [
  { header: 'ID', type: 'integer', value: (row) => row.id },
  { header: 'Time (UTC)', type: 'datetime', value: (row) => row.occurredAt },
  { header: 'Staff ID', type: 'integer', value: (row) => row.staff?.id ?? null },
  { header: 'Staff', type: 'text', value: (row) => row.staff?.name ?? null },
  { header: 'Action', type: 'text', value: (row) => row.action },
  { header: 'Record', type: 'text', value: (row) => row.entity },
  { header: 'Record ID', type: 'text', value: (row) => row.entityId },
  { header: 'Result', type: 'text', value: (row) => row.result },
  { header: 'Error code', type: 'text', value: (row) => row.errorCode },
  { header: 'Origin', type: 'text', value: (row) => row.origin },
  { header: 'Details', type: 'text', value: (row) => (row.details ? JSON.stringify(row.details) : null) },
]);
