import { describe, expect, it } from 'vitest';
import type { HqConnectionView } from '../../../shared/contract';
import { hqSetupAdvice } from '../../../renderer/screens/sync/hq-setup-advice';

const notSet = (fields: Partial<HqConnectionView>): HqConnectionView => ({
  source: 'none',
  target: null,
  user: null,
  host: null,
  port: null,
  database: null,
  editable: true,
  note: null,
  ...fields,
});

describe('the advice when head office is not set up', () => {
  it('sends a machine that can keep the address to the settings below', () => {
    expect(hqSetupAdvice(notSet({ editable: true }))).toBe(
      "Enter head office's PostgreSQL address in the settings below.",
    );
  });

  it('sends browser mode, which cannot keep it, to the variable, as its settings say, and never to the form', () => {
    const advice = hqSetupAdvice(
      notSet({
        editable: false,
        note: "This machine cannot keep head office's password safely (browser mode, or no keychain): set BACKROOM_HQ_URL and restart Backroom.",
      }),
    );
    expect(advice).toContain('set BACKROOM_HQ_URL and restart Backroom');
    expect(advice).not.toMatch(/enter|settings below/i);
  });
});
