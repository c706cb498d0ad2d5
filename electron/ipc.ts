import type { Envelope } from '../shared/errors';
import type { PushEvent } from '../shared/events';
import type { Dispatcher } from './host/dispatcher';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';
import { isTrustedSender, type IpcSenderInfo } from './security';

/**
 * The Electron transport: one invoke channel into the dispatcher and one push channel out to
 * every window. It takes ipcMain and the windows' webContents as parameters (the real ones in
 * main.ts, fakes in tests) so it carries no Electron import.
 */

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderInfo, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface WebContentsLike {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The two parts of the core a transport reaches: the dispatcher in, the push events out. */
export interface TransportTarget {
  dispatcher: Dispatcher;
  events: { subscribe(listener: (event: PushEvent) => void): () => void };
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
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel, input, sessionToken) => {
    if (!isTrustedSender(event, appIndexUrl)) return FORBIDDEN_SENDER;
    if (typeof channel !== 'string' || (typeof sessionToken !== 'string' && sessionToken !== null)) {
      return MALFORMED_CALL;
    }
    return backroom.dispatcher.invoke(channel, input, { sessionToken, transport: 'ipc' });
  });

  const unsubscribe = backroom.events.subscribe((event: PushEvent) => {
    for (const contents of allWebContents()) {
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
    }
  });

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
