import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { canCall } from '../../../shared/permissions';
import { useAuditList, type AuditFilters as Filters } from '../../api/hooks/useAudit';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/inventory/LoadMore';
import { AdminsOnlyScreen } from '../../components/ManagersOnlyScreen';
import { nextPage } from '../../components/inventory/next-page';
import { useLoadWhileEndShows } from '../../components/inventory/useLoadWhileEndShows';
import { QueryError } from '../../components/inventory/QueryError';
import { TableSkeleton } from '../../components/inventory/TableSkeleton';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainCheck } from './ChainCheck';

/** Only for those the host lets read it: anyone else is told so, and nothing is asked (each refusal would be audited). */
export function AuditScreen() {
  const staff = useCurrentStaff();
  if (!canCall(staff.role, 'audit.list')) return <AdminsOnlyScreen title="Audit trail" subject="The audit trail" />;
  return <AuditTrail />;
}

/** The audit trail, newest first: every write, refusal and password check, with a check that none was tampered with. */
function AuditTrail() {
  const [filters, setFilters] = useState<Filters>({});
  const audit = useAuditList(filters);
  const rows = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const endRef = useLoadWhileEndShows(audit, rows.length);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Audit trail</Title>
        <ExportButton list="audit" filters={filters} />
      </Group>
      <ChainCheck />
      <AuditFilters onChange={setFilters} />
      {audit.isPending ? (
        <TableSkeleton label="Loading the audit trail" />
      ) : audit.isError && rows.length === 0 ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : rows.length === 0 && !audit.hasNextPage ? (
        <Text c="dimmed" ta="center" py="xl">
          {Object.keys(filters).length > 0
            ? 'No rows match these filters. Widen the dates or clear a filter.'
            : 'Nothing on record yet. Every change, refused call and password check made in Backroom is listed here.'}
        </Text>
      ) : (
        <AuditTable rows={rows} />
      )}
      <div ref={endRef} />
      {!audit.isPending && (rows.length > 0 || audit.hasNextPage) && (
        <LoadMore {...nextPage(audit)} endLabel={rows.length > 0 ? 'That is the whole trail.' : undefined} />
      )}
    </Stack>
  );
}
