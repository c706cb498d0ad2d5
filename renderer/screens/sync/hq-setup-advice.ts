import { HQ_URL_VARIABLE, type HqConnectionView } from '../../../shared/contract';

/**
 * What to do when head office is not set up, agreeing with the settings below it: an address can
 * be entered there only where this machine can keep it (not in browser mode, nor where the
 * environment decides); elsewhere the variable is the way.
 */
export function hqSetupAdvice(connection: HqConnectionView | undefined): string {
  if (connection === undefined) return 'How to connect it is in the settings below.';
  if (connection.editable) return "Enter head office's PostgreSQL address in the settings below.";
  return `This machine cannot keep head office's address itself: set ${HQ_URL_VARIABLE} and restart Backroom.`;
}
