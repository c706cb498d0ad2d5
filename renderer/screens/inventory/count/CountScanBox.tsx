import { Loader, Text, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../../components/inventory/useBarcodeScanner';
import type { ScanResult } from './useCountScan';

/**
 * The count's scan box: a scanner (or a code typed by hand, then Enter) counts one unit. What the
 * last code did is said under the box, an unknown code in red, so a miss is never silent.
 */
export function CountScanBox({
  inputRef,
  text,
  onText,
  onCode,
  result,
  looking,
}: {
  inputRef?: RefObject<HTMLInputElement | null>;
  text: string;
  onText: (text: string) => void;
  onCode: (code: string) => void;
  result: ScanResult | null;
  looking: boolean;
}) {
  const unknown = result !== null && result.kind !== 'counted';
  return (
    <div>
      <TextInput
        ref={inputRef}
        label="Scan to count"
        description="Each scan counts one; scan again for more."
        placeholder="Barcode or SKU"
        autoComplete="off"
        autoFocus
        value={text}
        error={unknown}
        rightSection={looking ? <Loader size="xs" /> : null}
        onChange={(event) => onText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onCode(text);
        }}
        {...{ [ACCEPTS_SCAN_ATTRIBUTE]: 'whole' }}
      />
      <Text size="sm" mt={4} c={unknown ? 'red' : 'dimmed'} role={unknown ? 'alert' : 'status'} mih="1.5em">
        {describe(result)}
      </Text>
    </div>
  );
}

function describe(result: ScanResult | null): string {
  if (result === null) return '';
  switch (result.kind) {
    case 'counted':
      return `Counted one ${result.name} (${result.code}).`;
    case 'unknown':
      return `Unknown barcode “${result.code}”: no product has this barcode or SKU. Nothing was counted.`;
    case 'failed':
      return `“${result.code}” could not be looked up: ${result.message}`;
  }
}
