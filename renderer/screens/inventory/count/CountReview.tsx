import { Alert, Button, Checkbox, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { useState } from 'react';
import { isApprovalNeeded } from '../../../../shared/contract/approval';
import { isApiError } from '../../../api/ApiError';
import { ApprovalDialog, needsManagerApproval, type Approval } from '../../../components/ApprovalDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { money } from '../../../components/inventory/money';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { formatCount } from '../../../lib/format';
import { isUnusualDifference, UNUSUAL_UNITS } from './count-entry';
import { countedLines, type CountLine } from './count-lines';
import { CountLinesTable } from './CountLinesTable';

/**
 * The counted lines against stock on hand when they were added, before anything is booked. Applying
 * sets stock to what was counted; lines left empty are not part of the count. Lines far from stock on
 * hand are marked and applying waits until the person says they checked them. A clerk's count that
 * moves more stock (at cost) than the admin allows comes back asking for a manager's approval.
 */
export function CountReview({
  lines,
  applying,
  error,
  onBack,
  onApply,
}: {
  lines: CountLine[];
  applying: boolean;
  error: unknown;
  onBack: () => void;
  onApply: (note: string, approval?: Approval) => void;
}) {
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  const [note, setNote] = useState('');
  // The refusal the person closed the approval dialog on, so it does not open again by itself.
  const [dismissed, setDismissed] = useState<unknown>(null);
  const [approvalSent, setApprovalSent] = useState(false);
  const asking = needsManagerApproval(error) && error !== dismissed;
  const apply = (approval?: Approval) => {
    setApprovalSent(approval !== undefined);
    onApply(note, approval);
  };
  const counted = countedLines(lines);
  const differing = counted.filter((line) => line.counted !== line.onHand);
  const unusual = new Set(
    differing.filter((line) => isUnusualDifference(line.onHand, line.counted)).map((line) => line.productId),
  );
  // Ticked for the unusual lines as they stand; going back to change the count asks again.
  const [checked, setChecked] = useState(false);
  const shown = onlyDifferences ? differing : counted;
  const uncounted = lines.length - counted.length;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">
          {countOf(counted.length, 'line')} counted, {formatCount(differing.length)}{' '}
          {differing.length === 1 ? 'differs' : 'differ'} from stock on hand
          {uncounted > 0 && ` · ${formatCount(uncounted)} left empty are not part of this count`}
        </Text>
        <Switch
          label="Only differences"
          checked={onlyDifferences}
          onChange={(event) => setOnlyDifferences(event.currentTarget.checked)}
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every counted line matches stock on hand; applying records the count without changing stock.
        </Text>
      ) : (
        <CountLinesTable
          label="Count differences"
          lines={shown.map((line) => ({ ...line, expected: line.onHand }))}
          unusual={unusual}
        />
      )}
      {unusual.size > 0 && (
        <Alert color="orange" title={`${countOf(unusual.size, 'line')} far from stock on hand`}>
          <Stack gap="xs">
            <Text size="sm">
              The lines marked “Check” differ by more than {formatCount(UNUSUAL_UNITS)} units or by more than ten times
              the stock expected. A slip of the finger is likelier than that much stock found or lost: go back and check
              them.
            </Text>
            <Checkbox
              label="I checked them: these counts are right"
              checked={checked}
              onChange={(event) => setChecked(event.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
      <Textarea
        label="Note"
        placeholder="Which shelves, anything unusual (optional)"
        autosize
        minRows={1}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {!needsManagerApproval(error) && <ErrorAlert error={error} />}
      <StickyActions
        status={
          <Button variant="default" onClick={onBack}>
            ← Back to counting
          </Button>
        }
      >
        <Button
          onClick={() => apply()}
          loading={applying}
          disabled={counted.length === 0 || (unusual.size > 0 && !checked)}
        >
          Apply count to stock
        </Button>
      </StickyActions>
      <ApprovalDialog
        opened={asking}
        confirmLabel="Approve and apply"
        loading={applying}
        error={approvalSent ? error : null}
        onApprove={apply}
        onClose={() => setDismissed(error)}
      >
        {describeVariance(error)}
      </ApprovalDialog>
    </Stack>
  );
}

function describeVariance(error: unknown): string {
  const details = isApiError(error) ? error.details : null;
  if (!isApprovalNeeded(details) || details.valueCents === undefined || details.thresholdCents === undefined) {
    return 'This count changes stock by more than a clerk may book alone.';
  }
  return `This count changes stock by ${money(details.valueCents)} at cost, more than the ${money(details.thresholdCents)} a clerk may book alone.`;
}
