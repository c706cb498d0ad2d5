import { Alert, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '../../../../shared/contract/query-lab';
import { useAskQuestion } from '../../../api/hooks/useQueryLab';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { useStores } from '../../../api/hooks/useStock';
import { ResultChart } from './ResultChart';
import { ResultTable } from './ResultTable';

/** Pick a question, fill in what it reads, run it: the answer as a chart and a table. */
export function QuestionsPanel() {
  const staff = useCurrentStaff();
  const stores = useStores();
  const ask = useAskQuestion();
  const [question, setQuestion] = useState<QuestionId>('topCustomersBySpend');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [storeId, setStoreId] = useState<string | null>(null);
  const [limit, setLimit] = useState<number>(20);
  const [groupBy, setGroupBy] = useState<'product' | 'category'>('product');
  const info = QUESTIONS[question];
  const reads = (param: (typeof info.params)[number]) => info.params.includes(param);

  const run = () =>
    ask.mutate({
      question,
      params: {
        ...(reads('days') && fromDay ? { fromDay } : {}),
        ...(reads('days') && toDay ? { toDay } : {}),
        ...(storeId ? { storeId: Number(storeId) } : {}),
        ...(reads('limit') ? { limit } : {}),
        ...(reads('groupBy') ? { groupBy } : {}),
      },
    });

  const answer = ask.data;
  return (
    <Stack>
      <Select
        label="Question"
        data={QUESTION_IDS.map((id) => ({ value: id, label: QUESTIONS[id].title }))}
        value={question}
        onChange={(value) => {
          if (value) setQuestion(value as QuestionId);
          ask.reset();
        }}
        allowDeselect={false}
        maw={420}
      />
      <Text size="sm" c="dimmed">
        {info.description}
      </Text>
      <Group align="flex-end">
        {reads('days') && (
          <>
            <TextInput
              type="date"
              label="From day"
              value={fromDay}
              onChange={(event) => setFromDay(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="To day"
              value={toDay}
              onChange={(event) => setToDay(event.currentTarget.value)}
            />
          </>
        )}
        {reads('store') && staff.role === 'admin' && (
          <Select
            label="Store"
            placeholder="Every store"
            clearable
            data={(stores.data ?? []).map((store) => ({ value: String(store.id), label: store.name }))}
            value={storeId}
            onChange={setStoreId}
          />
        )}
        {reads('limit') && (
          <NumberInput
            label="Rows at most"
            min={1}
            max={1000}
            value={limit}
            onChange={(value) => setLimit(Number(value) || 20)}
            w={120}
          />
        )}
        {reads('groupBy') && (
          <SegmentedControl
            aria-label="Group by"
            data={[
              { value: 'product', label: 'By product' },
              { value: 'category', label: 'By category' },
            ]}
            value={groupBy}
            onChange={(value) => setGroupBy(value as 'product' | 'category')}
          />
        )}
        <Button onClick={run} loading={ask.isPending}>
          Run question
        </Button>
      </Group>
      {reads('days') && (
        <Text size="xs" c="dimmed">
          Days are each store’s own days; without them, the 28 days ending today.
          {staff.role !== 'admin' && ' Answers cover your store.'}
        </Text>
      )}
      {ask.error && (
        <Alert color="red" title="The question could not run">
          {ask.error.message}
        </Alert>
      )}
      {answer && (
        <>
          {answer.fromDay && (
            <Text size="sm">
              {answer.fromDay} to {answer.toDay}
            </Text>
          )}
          <ResultChart answer={answer} chart={answer.chart} />
          <ResultTable result={answer} fileName={`${question}.csv`} label={`Answer: ${info.title}`} />
        </>
      )}
    </Stack>
  );
}
