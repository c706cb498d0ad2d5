/**
 * Where this machine finds head office: the BACKROOM_HQ_URL variable, read by the CLI and the
 * host alike. Never a command-line argument (`ps` shows those) and never sent to a screen whole.
 */
export const HQ_URL_VARIABLE = 'BACKROOM_HQ_URL';

export function configuredHqUrl(environment: NodeJS.ProcessEnv = process.env): string | null {
  const url = environment[HQ_URL_VARIABLE]?.trim();
  return url ? url : null;
}
