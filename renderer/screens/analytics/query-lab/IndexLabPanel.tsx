import { Alert, Button, Code, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { IndexLabAnswer, PlanStep } from '../../../../shared/contract/query-lab';
import { useTryIndex } from '../../../api/hooks/useQueryLab';
import { SqlTextarea } from './SqlTextarea';

/** The index a plan step reads through ("SEARCH orders USING INDEX IDX_orders_store (store_id=?)"). */
const INDEX_USED = /USING (?:COVERING )?INDEX (\S+)/;

function PlanTree({ steps, onLeaveOut }: { steps: PlanStep[]; onLeaveOut?: (index: string) => void }) {
  return (
    <List listStyleType="none" withPadding spacing={2}>
      {steps.map((step, index) => {
        const used = INDEX_USED.exec(step.detail)?.[1];
        return (
          <List.Item key={index}>
            <Code>{step.detail}</Code>
            {used && onLeaveOut && !used.startsWith('sqlite_autoindex') && (
              <Button size="compact-xs" variant="subtle" ml="xs" onClick={() => onLeaveOut(used)}>
                Try without it
              </Button>
            )}
            {step.children.length > 0 && <PlanTree steps={step.children} onLeaveOut={onLeaveOut} />}
          </List.Item>
        );
      })}
    </List>
  );
}

function TimedPlan({
  title,
  timed,
  onLeaveOut,
}: {
  title: string;
  timed: IndexLabAnswer['current'];
  onLeaveOut?: (index: string) => void;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={5}>{title}</Title>
      <Text size="sm" mb="xs">
        {timed.elapsedMs.toFixed(2)} ms, {timed.rows.toLocaleString()} rows
      </Text>
      <PlanTree steps={timed.plan} onLeaveOut={onLeaveOut} />
    </Paper>
  );
}

/**
 * A query's plan and time, and the same with a proposed index and/or without an existing one,
 * tried on a scratch copy of the file.
 */
export function IndexLabPanel() {
  const { run, cancel } = useTryIndex();
  const [sql, setSql] = useState(
    'SELECT "sku", "name" FROM "products" WHERE "cost_cents" > 1000 ORDER BY "reorder_qty"',
  );
  const [createIndex, setCreateIndex] = useState('');
  const [dropIndex, setDropIndex] = useState('');
  const answer = run.data;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The plan comes from the live file, which is only read. A proposed index is created, or an existing one left out,
        on a scratch copy (deleted afterwards) and the query is timed there before and after. Copying a large file takes
        a while.
      </Text>
      <SqlTextarea label="Query" value={sql} onChange={setSql} minRows={3} />
      <SqlTextarea
        label="Proposed index (optional)"
        placeholder='CREATE INDEX "IDX_products_cost" ON "products" ("cost_cents")'
        value={createIndex}
        onChange={setCreateIndex}
      />
      <TextInput
        label="Existing index to leave out (optional)"
        placeholder="IDX_orders_store_placed"
        value={dropIndex}
        onChange={(event) => setDropIndex(event.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group>
        <Button
          onClick={() =>
            run.mutate({
              sql,
              ...(createIndex.trim() ? { createIndex } : {}),
              ...(dropIndex.trim() ? { dropIndex } : {}),
            })
          }
          loading={run.isPending}
        >
          Explain and time
        </Button>
        <Button variant="default" onClick={cancel} disabled={!run.isPending}>
          Cancel
        </Button>
      </Group>
      {run.error && (
        <Alert color="red" title="The index lab could not run" role="alert">
          {run.error.message}
        </Alert>
      )}
      {answer && (
        <>
          <SimpleGrid cols={answer.changed ? 2 : 1}>
            <TimedPlan title={answer.changed ? 'As it is' : 'Plan'} timed={answer.current} onLeaveOut={setDropIndex} />
            {answer.changed && <TimedPlan title="With the change" timed={answer.changed} />}
          </SimpleGrid>
          {answer.suggestions.length > 0 && (
            <Paper withBorder p="md" radius="md">
              <Title order={5} mb="xs">
                Indexes worth trying
              </Title>
              <Stack gap="xs">
                {answer.suggestions.map((suggestion) => (
                  <Group key={suggestion} justify="space-between" wrap="nowrap">
                    <Code>{suggestion}</Code>
                    <Button size="xs" variant="light" onClick={() => setCreateIndex(suggestion)}>
                      Try it
                    </Button>
                  </Group>
                ))}
              </Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
