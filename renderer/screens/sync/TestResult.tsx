import { Alert } from '@mantine/core';
import type { ChannelOutput } from '../../../shared/contract';

type TestAnswer = ChannelOutput<'sync.testConnection'>;

const PROBLEM_TITLES: Record<NonNullable<TestAnswer['problem']>, string> = {
  unreachable: 'Head office cannot be reached',
  'wrong-password': 'Wrong user or password',
  'not-postgres': 'Not a PostgreSQL server',
  'no-database': 'No such database',
  'schema-ahead': "Head office's schema is newer than this Backroom",
  other: 'The connection failed',
};

/** What a connection test found, titled by its kind; the host's message says the rest. */
export function TestResult({ result }: { result: TestAnswer }) {
  return (
    <Alert
      color={result.ok ? 'teal' : 'red'}
      title={result.problem === null ? 'Connected' : PROBLEM_TITLES[result.problem]}
      role="status"
    >
      {result.message}
    </Alert>
  );
}
