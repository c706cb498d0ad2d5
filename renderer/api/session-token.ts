const STORAGE_KEY = 'backroom.session';

type Listener = () => void;

/**
 * The session token lives in memory; where the transport asks for it, it is mirrored in
 * sessionStorage so a reloaded tab stays logged in (and a closed tab does not).
 */
export function createSessionTokenStore(mirror: boolean) {
  const listeners = new Set<Listener>();
  let token: string | null = mirror ? readMirror() : null;

  return {
    get: (): string | null => token,
    set(next: string | null): void {
      if (next === token) return;
      token = next;
      if (mirror) writeMirror(next);
      for (const listener of listeners) listener();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

function readMirror(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeMirror(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage can be disabled (private mode, policy); the in-memory token still works for this page.
  }
}
