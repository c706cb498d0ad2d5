import { Badge, Tooltip } from '@mantine/core';
import { SEGMENT_LABELS, type CustomerSegmentName, type RfmScores } from '../../../shared/contract/customers';

/** Segments a manager acts on first are warm or alarming; the rest stay quiet. */
export const SEGMENT_COLORS: Readonly<Record<CustomerSegmentName, string>> = {
  champions: 'green',
  loyal: 'teal',
  potential_loyalists: 'cyan',
  new: 'blue',
  need_attention: 'yellow',
  at_risk: 'orange',
  cant_lose_them: 'red',
  hibernating: 'gray',
  lost: 'dark',
};

/** The RFM segment, with its recency, frequency and monetary scores (1–5) alongside or on hover. */
export function SegmentBadge({ rfm, showScores = false }: { rfm: RfmScores | null; showScores?: boolean }) {
  if (!rfm) {
    return (
      <Badge variant="outline" color="gray">
        Not scored
      </Badge>
    );
  }
  const scores = `R${rfm.rScore} F${rfm.fScore} M${rfm.mScore}`;
  return (
    <Tooltip label={`Recency ${rfm.rScore}/5 · Frequency ${rfm.fScore}/5 · Monetary ${rfm.mScore}/5`}>
      <Badge color={SEGMENT_COLORS[rfm.segment]} variant="light">
        {SEGMENT_LABELS[rfm.segment]}
        {showScores ? ` · ${scores}` : ''}
      </Badge>
    </Tooltip>
  );
}
