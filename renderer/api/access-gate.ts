/**
 * What stands between a signed-in person and the app: nothing, a locked screen, or a password an
 * admin reset that must be replaced first. The host enforces both (SESSION_LOCKED,
 * PASSWORD_CHANGE_REQUIRED); this mirrors them so the window shows the right cover at once.
 */
export type AccessGate = 'open' | 'locked' | 'passwordChange';

type Listener = () => void;

const listeners = new Set<Listener>();
let gate: AccessGate = 'open';

export const accessGate = {
  get: (): AccessGate => gate,
  set(next: AccessGate): void {
    if (next === gate) return;
    gate = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
