import { Alert, Button, Code, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { IndexLabAnswer, PlanStep } from '../../../../shared/contract/query-lab';
import { useTryIndex } from '../../../api/hooks/useQueryLab';
import { SqlTextarea } from './SqlTextarea';

function PlanTree({ steps }: { steps: PlanStep[] }) {
  return (
    <List listStyleType="none" withPadding spacing={2}>
      {steps.map((step, index) => (
        <List.Item key={index}>
          <Code>{step.detail}</Code>
          {step.children.length > 0 && <PlanTree steps={step.children} />}
        </List.Item>
      ))}
    </List>
  );
}

function TimedPlan({ title, timed }: { title: string; timed: IndexLabAnswer['current'] }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={5}>{title}</Title>
      <Text size="sm" mb="xs">
        {timed.elapsedMs.toFixed(2)} ms, {timed.rows.toLocaleString()} rows
      </Text>
      <PlanTree steps={timed.plan} />
    </Paper>
  );
}

/** A query's plan and time, and the same with a proposed index, tried on a scratch copy of the file. */
export function IndexLabPanel() {
  const { run, cancel } = useTryIndex();
  const [sql, setSql] = useState(
    'SELECT "sku", "name" FROM "products" WHERE "cost_cents" > 1000 ORDER BY "reorder_qty"',
  );
  const [createIndex, setCreateIndex] = useState('');
  const answer = run.data;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The plan comes from the live file, which is only read. A proposed index is created on a scratch copy (deleted
        afterwards) and the query is timed there with and without it. Copying a large file takes a while.
      </Text>
      <SqlTextarea label="Query" value={sql} onChange={setSql} minRows={3} />
      <SqlTextarea
        label="Proposed index (optional)"
        placeholder='CREATE INDEX "IDX_products_cost" ON "products" ("cost_cents")'
        value={createIndex}
        onChange={setCreateIndex}
      />
      <Group>
        <Button
          onClick={() => run.mutate({ sql, ...(createIndex.trim() ? { createIndex } : {}) })}
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
          <SimpleGrid cols={answer.withIndex ? 2 : 1}>
            <TimedPlan title={answer.withIndex ? 'Without the index' : 'Plan'} timed={answer.current} />
            {answer.withIndex && <TimedPlan title="With the index" timed={answer.withIndex} />}
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
