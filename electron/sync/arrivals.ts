/**
 * Tells a reader that more work has arrived from a producer running beside it (a first sync's
 * snapshot being queued while the push sends what is queued already). `more()` answers at once
 * if anything arrived since the last time it was asked, so an arrival between an empty read and
 * the question is never missed; otherwise it waits for the next arrival, or for the end.
 */
export class Arrivals {
  private arrivedSinceAsked = false;
  private ended = false;
  private failure: { error: unknown } | null = null;
  private wake: (() => void) | null = null;

  arrived(): void {
    this.arrivedSinceAsked = true;
    this.wakeReader();
  }

  /** Nothing more will arrive; a failure is rethrown to the reader. */
  end(failure?: { error: unknown }): void {
    this.ended = true;
    this.failure = failure ?? null;
    this.wakeReader();
  }

  /** Whether it is worth reading again: true when something arrived, false once nothing more can. */
  async more(): Promise<boolean> {
    while (!this.arrivedSinceAsked && !this.ended) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw this.failure.error;
    const arrived = this.arrivedSinceAsked;
    this.arrivedSinceAsked = false;
    return arrived;
  }

  private wakeReader(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
