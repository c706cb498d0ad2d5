import type { Clock } from '../../host/clock';
import type { HostSettings } from '../../host/context';

/** Clients remembered at most; past this the longest-quiet one is forgotten first. */
const MAX_CLIENTS = 10_000;
/** The answer delay doubles with each recent failure, up to this many times the base delay. */
const MAX_DELAY_FACTOR = 16;

type Limits = Pick<HostSettings, 'loginFailureDelayMs' | 'clientFailureLimit' | 'clientFailureWindowMinutes'>;

/**
 * Refused passwords per client (a browser's address, a window), in memory. Account lockout stops
 * guessing one account; this stops one client guessing many, and slows it more with each failure.
 * A success does not clear it: a valid account must not buy an attacker fresh guesses.
 */
export class ClientAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: Limits,
  ) {}

  /** Whether this client has used up its failures for now; its passwords are then not even checked. */
  isBlocked(client: string): boolean {
    return this.recent(client).length >= this.limits.clientFailureLimit;
  }

  /** Counts a refusal and returns how long its answer waits: longer with every recent failure. */
  fail(client: string): number {
    const recent = [...this.recent(client), this.clock.now().getTime()];
    this.failures.delete(client);
    this.failures.set(client, recent);
    if (this.failures.size > MAX_CLIENTS) this.failures.delete(this.failures.keys().next().value!);
    return this.limits.loginFailureDelayMs * Math.min(2 ** (recent.length - 1), MAX_DELAY_FACTOR);
  }

  private recent(client: string): number[] {
    const since = this.clock.now().getTime() - this.limits.clientFailureWindowMinutes * 60_000;
    const recent = (this.failures.get(client) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(client);
    return recent;
  }
}
