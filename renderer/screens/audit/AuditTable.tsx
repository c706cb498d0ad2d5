import { Badge, Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../shared/contract/audit';
import { formatDateTime } from '../../lib/format';
import {
  changesOf,
  fieldLabel,
  originLabel,
  otherDetails,
  RESULT_COLORS,
  RESULT_LABELS,
  valueText,
} from './audit-labels';

/** One row per audited call: who, what, when (in the person's locale), from where, on which record, how it ended. */
export function AuditTable({ rows }: { rows: AuditEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Audit trail" verticalSpacing={6} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Origin</Table.Th>
            <Table.Th w="35%">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="audit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.occurredAt)}</Table.Td>
              <Table.Td>
                {row.staff?.name ?? (
                  <Text span size="sm" c="dimmed">
                    No one logged in
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace" fz="sm">
                {row.action}
              </Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {row.entity ? `${row.entity}${row.entityId ? ` #${row.entityId}` : ''}` : ''}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge variant="light" color={RESULT_COLORS[row.result]}>
                  {RESULT_LABELS[row.result]}
                </Badge>
                {row.errorCode && (
                  <Text size="xs" c="dimmed">
                    {row.errorCode}
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">{originLabel(row.origin)}</Table.Td>
              <Table.Td>
                <DetailsCell details={row.details} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An edit's fields as "Price: $3.00 → $3.20", then whatever else the row recorded. */
function DetailsCell({ details }: { details: AuditEntry['details'] }) {
  const changes = changesOf(details);
  const rest = otherDetails(details);
  return (
    <Stack gap={2}>
      {changes.map(([field, change]) => (
        <Text key={field} size="sm" data-testid="audit-change">
          <Text span fw={500}>
            {fieldLabel(field)}:
          </Text>{' '}
          <Text span td="line-through" c="dimmed">
            {valueText(field, change.from)}
          </Text>
          {' → '}
          {valueText(field, change.to)}
        </Text>
      ))}
      {rest && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {rest}
        </Text>
      )}
    </Stack>
  );
}
