import { describe, expect, it, vi } from 'vitest';
import type { PushEvent } from '../../../shared/events';
import { EventBus, type Audience, type PushListener } from '../../../electron/host/events';
import {
  bindIpc,
  type IpcInvokeEvent,
  type IpcMainLike,
  type IpcBindingOptions,
  type WebContentsLike,
} from '../../../electron/ipc';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/ipc-channels';

const APP_INDEX = 'file:///app/dist/renderer/index.html';
const TRUSTED: IpcInvokeEvent = { senderFrame: { url: `${APP_INDEX}#/orders`, parent: null }, sender: { id: 7 } };

type InvokeListener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, InvokeListener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const call = (event: IpcInvokeEvent, ...args: unknown[]) => {
    const handler = handlers.get(INVOKE_CHANNEL);
    if (!handler) throw new Error(`nothing handles ${INVOKE_CHANNEL}`);
    return handler(event, ...args);
  };
  return { ipcMain, handlers, call };
}

/** Sessions 'token-1' (a clerk of store 1) and 'token-2' (a clerk of store 2) are live; no other. */
function fakeBackroom() {
  const bus = new EventBus((token) =>
    token === 'token-1' || token === 'token-2'
      ? { staffId: Number(token.slice(-1)), role: 'clerk', storeId: Number(token.slice(-1)), sessionToken: token }
      : null,
  );
  const listeners = new Set<PushListener>();
  const backroom: IpcBindingOptions['backroom'] = {
    dispatcher: { invoke: vi.fn(async () => ({ ok: true as const, data: { answer: 42 } })) },
    events: {
      subscribe(listener) {
        listeners.add(listener);
        const unsubscribe = bus.subscribe(listener);
        return () => listeners.delete(listener) && unsubscribe();
      },
      admits: (audience, token) => bus.admits(audience, token),
    },
  };
  const emit = (event: PushEvent, audience: Audience = {}) => bus.emit(event.name, event.payload as never, audience);
  return { backroom, listeners, emit };
}

let nextWindowId = 1;

function fakeWindow(destroyed = false) {
  return { id: nextWindowId++, isDestroyed: () => destroyed, send: vi.fn<WebContentsLike['send']>() };
}

function bind(windows: WebContentsLike[] = []) {
  const ipc = fakeIpcMain();
  const core = fakeBackroom();
  const unbind = bindIpc({
    ipcMain: ipc.ipcMain,
    backroom: core.backroom,
    appIndexUrl: APP_INDEX,
    allWebContents: () => windows,
  });
  return { ...ipc, ...core, unbind };
}

describe('bindIpc', () => {
  it('passes a call from the app window to the dispatcher as an ipc call and returns its envelope', async () => {
    const { call, backroom } = bind();
    const result = await call(TRUSTED, 'catalog.listProducts', { limit: 5 }, 'token-1');
    expect(result).toEqual({ ok: true, data: { answer: 42 } });
    expect(backroom.dispatcher.invoke).toHaveBeenCalledWith(
      'catalog.listProducts',
      { limit: 5 },
      { sessionToken: 'token-1', transport: 'ipc', client: 'window:7' },
    );
  });

  it('passes a call without a session as a null token', async () => {
    const { call, backroom } = bind();
    await call(TRUSTED, 'session.login', { pin: '1234' }, null);
    expect(backroom.dispatcher.invoke).toHaveBeenCalledWith(
      'session.login',
      { pin: '1234' },
      { sessionToken: null, transport: 'ipc', client: 'window:7' },
    );
  });

  it('answers an untrusted sender with FORBIDDEN and never reaches the dispatcher', async () => {
    const { call, backroom } = bind();
    for (const event of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: APP_INDEX, parent: { url: APP_INDEX } } },
      { senderFrame: null },
    ]) {
      await expect(call(event, 'catalog.listProducts', {}, 'token-1')).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(backroom.dispatcher.invoke).not.toHaveBeenCalled();
  });

  it('answers a malformed call with VALIDATION', async () => {
    const { call, backroom } = bind();
    await expect(call(TRUSTED, 42, {}, null)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(call(TRUSTED, 'catalog.listProducts', {}, 7)).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(backroom.dispatcher.invoke).not.toHaveBeenCalled();
  });

  it('sends a push event to every live window whose session may see it', async () => {
    const first = fakeWindow();
    const second = fakeWindow();
    const closed = fakeWindow(true);
    const otherStore = fakeWindow();
    const loggedOut = fakeWindow();
    const { emit, call } = bind([first, closed, second, otherStore, loggedOut]);
    const signIn = (window: { id: number }, token: string | null) =>
      call({ ...TRUSTED, sender: { id: window.id } }, 'auth.getSession', {}, token);
    for (const window of [first, second, closed]) await signIn(window, 'token-1');
    await signIn(otherStore, 'token-2');
    await signIn(loggedOut, null);
    const event: PushEvent = { name: 'task.progress', payload: { task: 'demo', phase: 'orders', done: 1, total: 3 } };
    emit(event, { storeId: 1 });
    expect(first.send).toHaveBeenCalledWith(EVENT_CHANNEL, event);
    expect(second.send).toHaveBeenCalledWith(EVENT_CHANNEL, event);
    expect(closed.send).not.toHaveBeenCalled();
    expect(otherStore.send).not.toHaveBeenCalled();
    expect(loggedOut.send).not.toHaveBeenCalled();
  });

  it('unbinding removes the handler and stops the events', () => {
    const window = fakeWindow();
    const { handlers, listeners, unbind, emit } = bind([window]);
    unbind();
    expect(handlers.has(INVOKE_CHANNEL)).toBe(false);
    expect(listeners.size).toBe(0);
    emit({ name: 'session.expired', payload: {} });
    expect(window.send).not.toHaveBeenCalled();
  });
});
