import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_SQL_TIMEOUT_MS, MAX_SQL_ROWS, MAX_SQL_TIMEOUT_MS } from '../../../../shared/contract/query-lab';
import { useRunSql } from '../../../api/hooks/useQueryLab';
import { formatElapsed } from './elapsed';
import { ResultTable } from './ResultTable';
import { SqlChart } from './SqlChart';
import { SqlTextarea } from './SqlTextarea';

const EXAMPLE = `SELECT st."name" AS store, COUNT(*) AS orders
FROM "orders" o JOIN "stores" st ON st."id" = o."store_id"
GROUP BY st."id"`;

/** One read-only statement, with a time limit and a cancel; every run is audited. */
export function SqlPanel() {
  const { run, cancel } = useRunSql();
  const [sql, setSql] = useState(EXAMPLE);
  const [seconds, setSeconds] = useState(DEFAULT_SQL_TIMEOUT_MS / 1000);
  const result = run.data;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        One statement that reads (SELECT, WITH or VALUES). It runs on a read-only copy of the connection and is stopped
        at the time limit; up to {MAX_SQL_ROWS.toLocaleString()} rows are shown. Password hashes are never readable.
        Every run is recorded in the audit log.
      </Text>
      <SqlTextarea label="SQL" value={sql} onChange={setSql} minRows={6} />
      <Group align="flex-end">
        <NumberInput
          label="Time limit (seconds)"
          min={1}
          max={MAX_SQL_TIMEOUT_MS / 1000}
          value={seconds}
          onChange={(value) => setSeconds(Number(value) || DEFAULT_SQL_TIMEOUT_MS / 1000)}
          w={170}
        />
        <Button onClick={() => run.mutate({ sql, timeoutMs: seconds * 1000 })} loading={run.isPending}>
          Run SQL
        </Button>
        <Button variant="default" onClick={cancel} disabled={!run.isPending}>
          Cancel
        </Button>
      </Group>
      {run.error && (
        <Alert color="red" title="The query did not run" role="alert">
          {run.error.message}
        </Alert>
      )}
      {result && (
        <>
          <Text size="sm">Answered in {formatElapsed(result.elapsedMs)}.</Text>
          <SqlChart key={result.columns.map((column) => column.key).join()} result={result} />
          <ResultTable result={result} fileName="query.csv" label="Query result" />
        </>
      )}
    </Stack>
  );
}
