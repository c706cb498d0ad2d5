import type { Envelope } from '../shared/errors';
import type { Dispatcher } from './host/dispatcher';
import type { EventBus } from './host/events';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';
import { isTrustedSender, type IpcSenderInfo } from './security';

/**
 * The Electron transport: one invoke channel into the dispatcher and one push channel out to
 * every window. It takes ipcMain and the windows' webContents as parameters (the real ones in
 * main.ts, fakes in tests) so it carries no Electron import.
 */

/** An invoke as Electron delivers it: the frame to trust, and the window (webContents) that sent it. */
export type IpcInvokeEvent = IpcSenderInfo & { sender?: { id: number } };

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface WebContentsLike {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The two parts of the core a transport reaches: the dispatcher in, the push events out. */
export interface TransportTarget {
  dispatcher: Dispatcher;
  events: Pick<EventBus, 'subscribe' | 'admits'>;
}

export interface IpcBindingOptions {
  ipcMain: IpcMainLike;
  backroom: TransportTarget;
  appIndexUrl: string;
  allWebContents(): readonly WebContentsLike[];
}

const FORBIDDEN_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only the Backroom window may call Backroom.' },
};

const MALFORMED_CALL: Envelope<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'A call needs a channel name and a session token or null.' },
};

/** Binds the transport; the returned function unbinds it (before the database closes). */
export function bindIpc({ ipcMain, backroom, appIndexUrl, allWebContents }: IpcBindingOptions): () => void {
  // The session each window last called with: push events reach a window only if that session may see them.
  const sessionOfWindow = new Map<number, string | null>();

  ipcMain.handle(INVOKE_CHANNEL, async (event, channel, input, sessionToken) => {
    if (!isTrustedSender(event, appIndexUrl)) return FORBIDDEN_SENDER;
    if (typeof channel !== 'string' || (typeof sessionToken !== 'string' && sessionToken !== null)) {
      return MALFORMED_CALL;
    }
    const windowId = event.sender?.id;
    if (windowId !== undefined) sessionOfWindow.set(windowId, sessionToken);
    return backroom.dispatcher.invoke(channel, input, {
      sessionToken,
      transport: 'ipc',
      client: `window:${windowId ?? 'unknown'}`,
    });
  });

  const unsubscribe = backroom.events.subscribe((event, audience) => {
    for (const contents of allWebContents()) {
      if (contents.isDestroyed()) continue;
      if (backroom.events.admits(audience, sessionOfWindow.get(contents.id) ?? null))
        contents.send(EVENT_CHANNEL, event);
    }
  });

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
