import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackroomBridge } from '../../../shared/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/ipc-channels';

type RendererListener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<RendererListener>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, data: 'pong' })),
      on: vi.fn((channel: string, listener: RendererListener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: RendererListener) => listeners.get(channel)?.delete(listener)),
      send: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

function emitFromMain(...args: unknown[]) {
  const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
  electron.listeners.get(EVENT_CHANNEL)?.forEach((listener) => listener(ipcEvent, ...args));
}

describe('preload', () => {
  let bridge: BackroomBridge;

  beforeEach(async () => {
    vi.resetModules();
    electron.exposed.clear();
    electron.listeners.clear();
    await import('../../../electron/preload');
    bridge = electron.exposed.get('backroom') as BackroomBridge;
  });

  it('exposes window.backroom with invoke and onEvent and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['backroom']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('invoke sends the channel, input and session token over the invoke channel', async () => {
    await expect(bridge.invoke('catalog.listProducts', { limit: 5 }, 'token-1')).resolves.toEqual({
      ok: true,
      data: 'pong',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(
      INVOKE_CHANNEL,
      'catalog.listProducts',
      { limit: 5 },
      'token-1',
    );
  });

  it('onEvent hands the listener the push event only, never the IPC event', () => {
    const listener = vi.fn();
    bridge.onEvent(listener);
    emitFromMain({ name: 'session.expired', payload: {} });
    expect(listener.mock.calls).toEqual([[{ name: 'session.expired', payload: {} }]]);
  });

  it('the function onEvent returns unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    unsubscribe();
    emitFromMain({ name: 'session.expired', payload: {} });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });
});
