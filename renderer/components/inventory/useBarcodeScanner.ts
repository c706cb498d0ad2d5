import { useEffect, useRef } from 'react';
import { ScanDetector } from './scan-detector';

/**
 * Text boxes that take scans carry this attribute. "whole": the box (the product search) holds
 * exactly the scanned code. "quantity": a number box on a document that the scan typed into by
 * accident; the scan counts, and the screen puts the box back as it was.
 */
export const ACCEPTS_SCAN_ATTRIBUTE = 'data-accepts-scan';

/** A quantity box a scan was typed into, with its text from before the scan. */
export interface InterruptedBox {
  input: HTMLInputElement;
  valueBefore: string;
}

export type ScanListener = (code: string, interrupted: InterruptedBox | null) => void;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'tel', 'url', 'password', '']);

/**
 * Calls `onScan` with each scanned code. Keys still reach the page as usual; only the final Enter of
 * a scan is taken, so it does not also press a focused button or submit a form.
 */
export function useBarcodeScanner(onScan: ScanListener): void {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  });

  useEffect(() => {
    const detector = new ScanDetector();
    let valueBefore = '';

    function onKeyDown(event: KeyboardEvent) {
      const outcome = detector.keyDown({
        key: event.key,
        timeStamp: event.timeStamp,
        repeat: event.repeat,
        withShortcutModifier: event.ctrlKey || event.metaKey || event.altKey,
      });
      if (outcome.kind === 'burst-started') {
        // Keydown comes before the character lands: this is the box as it was before the burst.
        valueBefore = event.target instanceof HTMLInputElement ? event.target.value : '';
        return;
      }
      if (outcome.kind !== 'scanned') return;
      const source = scanSource(event.target, outcome.code);
      if (source === 'refused') return;
      event.preventDefault();
      event.stopPropagation();
      onScanRef.current(
        outcome.code,
        source === 'quantity' ? { input: event.target as HTMLInputElement, valueBefore } : null,
      );
    }

    // Capture phase: the scan's Enter is seen before a focused control acts on it.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

/** Nowhere to type (a scan), a box that takes scans, or someone's other text field (refused). */
function scanSource(target: EventTarget | null, code: string): 'page' | 'quantity' | 'refused' {
  if (!(target instanceof HTMLElement)) return 'page';
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return 'refused';
  }
  if (!(target instanceof HTMLInputElement) || !TEXT_INPUT_TYPES.has(target.type)) return 'page';
  const accepts = target.getAttribute(ACCEPTS_SCAN_ATTRIBUTE);
  if (accepts === 'quantity') return 'quantity';
  return accepts === 'whole' && target.value.trim() === code ? 'page' : 'refused';
}
