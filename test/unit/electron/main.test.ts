import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backroom, openBackroom } from '../../../electron/host/app';
import { INVOKE_CHANNEL } from '../../../electron/ipc-channels';
import type { SecretBox } from '../../../electron/sync/secret-box';
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../../electron/security';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of Electron for main.ts, recording what main.ts does with it. */
const electron = vi.hoisted(() => {
  const state = {
    lockGranted: true,
    appRoot: '',
    userData: '',
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    keychain: { available: true, backend: 'gnome_libsecret' },
  };

  class FakeWindow {
    readonly listeners = new Map<string, Listener>();
    readonly webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      isDestroyed: () => false,
      send: vi.fn(),
    };
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    isMinimized() {
      return this.minimized;
    }
    static getAllWindows() {
      return state.windows;
    }
  }

  const app = {
    isPackaged: false,
    setName: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lockGranted),
    whenReady: vi.fn(async () => undefined),
    getAppPath: () => state.appRoot,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return state.userData;
    },
    on: vi.fn((event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
    }),
    quit: vi.fn(),
    exit: vi.fn(),
  };

  const emitApp = (event: string, ...args: unknown[]) =>
    (state.appListeners.get(event) ?? []).forEach((listener) => listener(...args));

  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => state.ipcHandlers.delete(channel)),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() } },
    shell: { openExternal: vi.fn(async () => undefined) },
    // Reversible, so the test can see main.ts hands safeStorage's answers through unchanged.
    safeStorage: {
      isEncryptionAvailable: () => state.keychain.available,
      getSelectedStorageBackend: () => state.keychain.backend,
      encryptString: vi.fn((text: string) => Buffer.from(text, 'utf8').reverse()),
      decryptString: vi.fn((data: Buffer) => Buffer.from(data).reverse().toString('utf8')),
    },
  };
  return { state, module, emitApp, FakeWindow };
});

vi.mock('electron', () => electron.module);

// The real core, wrapped so the test can reach the Backroom main.ts opened and make it fail once.
const core = vi.hoisted(() => ({ openBackroom: vi.fn() }));
vi.mock('../../../electron/host/app', async (importOriginal) => {
  const actual = await importOriginal<{ openBackroom: typeof openBackroom }>();
  core.openBackroom.mockImplementation(actual.openBackroom);
  return { openBackroom: core.openBackroom };
});

const { state, module: fake, emitApp } = electron;

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main');
}

async function startedBackroom(): Promise<Backroom> {
  await vi.waitFor(() => expect(state.windows[0]?.loadURL).toHaveBeenCalled());
  return (await core.openBackroom.mock.results[0]?.value) as Backroom;
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.stubEnv('BACKROOM_DB', '');
  state.lockGranted = true;
  state.appRoot = '/opt/Backroom/resources/app.asar';
  state.userData = mkdtempSync(path.join(os.tmpdir(), 'backroom-userdata-'));
  state.appListeners.clear();
  state.ipcHandlers.clear();
  state.windows.length = 0;
  state.keychain = { available: true, backend: 'gnome_libsecret' };
});

afterEach(async () => {
  // Quit like the user would, so the database file is closed before it is removed.
  const event = { preventDefault: vi.fn() };
  emitApp('will-quit', event);
  if (event.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  vi.unstubAllEnvs();
  rmSync(state.userData, { recursive: true, force: true });
});

describe('main process', () => {
  it('quits at once when another instance holds the lock, touching neither window nor database', async () => {
    state.lockGranted = false;
    await startMain();
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(core.openBackroom).not.toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
  });

  it('names the app Backroom', async () => {
    await startMain();
    expect(fake.app.setName).toHaveBeenCalledWith('Backroom');
  });

  it('creates and migrates backroom.sqlite in userData on first start', async () => {
    await startMain();
    const backroom = await startedBackroom();
    const databaseFile = path.join(state.userData, 'backroom.sqlite');
    expect(core.openBackroom).toHaveBeenCalledWith({ databasePath: databaseFile, secretBox: expect.any(Object) });
    expect(existsSync(databaseFile)).toBe(true);
    const migrated = await backroom.dataSource.query('SELECT name FROM migrations');
    expect(migrated.length).toBeGreaterThan(0);
  });

  it('opens the file BACKROOM_DB names instead', async () => {
    const elsewhere = path.join(state.userData, 'other', 'shop.sqlite');
    vi.stubEnv('BACKROOM_DB', elsewhere);
    await startMain();
    await startedBackroom();
    expect(core.openBackroom).toHaveBeenCalledWith({ databasePath: elsewhere, secretBox: expect.any(Object) });
    expect(existsSync(elsewhere)).toBe(true);
  });

  it('keeps head office’s address with safeStorage, and only when the keychain really protects it', async () => {
    await startMain();
    await startedBackroom();
    const [{ secretBox }] = core.openBackroom.mock.calls[0] as [{ secretBox: SecretBox }];
    const sealed = secretBox.encrypt('postgres://hq:pw@hq.example/chain');
    expect(fake.safeStorage.encryptString).toHaveBeenCalledWith('postgres://hq:pw@hq.example/chain');
    expect(secretBox.decrypt(sealed)).toBe('postgres://hq:pw@hq.example/chain');
    expect(secretBox.available).toBe(true);
    state.keychain.available = false;
    expect(secretBox.available).toBe(false);
    if (process.platform === 'linux') {
      // Without a keyring Electron uses a fixed, public key: no better than plain text.
      state.keychain = { available: true, backend: 'basic_text' };
      expect(secretBox.available).toBe(false);
    }
  });

  it('opens one window with the secure preferences and loads the built renderer', async () => {
    await startMain();
    await startedBackroom();
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window?.options.webPreferences).toEqual(
      secureWebPreferences(path.join(state.appRoot, 'dist', 'electron', 'preload.cjs')),
    );
    expect(window?.loadURL).toHaveBeenCalledWith(
      pathToFileURL(path.join(state.appRoot, 'dist', 'renderer', 'index.html')).href,
    );
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(window?.webContents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  it('sets the Content-Security-Policy header on every response', async () => {
    await startMain();
    await startedBackroom();
    const [onHeadersReceived] = fake.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0] ?? [];
    const callback = vi.fn();
    onHeadersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('denies every permission request', async () => {
    await startMain();
    await startedBackroom();
    const [handler] = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0] ?? [];
    const callback = vi.fn();
    handler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers IPC from the app window through the real dispatcher', async () => {
    await startMain();
    await startedBackroom();
    const appIndexUrl = state.windows[0]?.loadURL.mock.calls[0]?.[0];
    const invoke = state.ipcHandlers.get(INVOKE_CHANNEL);
    const trusted = { senderFrame: { url: appIndexUrl, parent: null } };
    await expect(invoke?.(trusted, 'no.suchChannel', {}, null)).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    const untrusted = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(invoke?.(untrusted, 'no.suchChannel', {}, null)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('installs the application menu, with developer tools while not packaged', async () => {
    await startMain();
    await startedBackroom();
    const [template] = fake.Menu.buildFromTemplate.mock.calls[0] ?? [];
    expect(JSON.stringify(template)).toContain('toggleDevTools');
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
  });

  it('brings the first window forward when a second instance starts', async () => {
    await startMain();
    await startedBackroom();
    const [window] = state.windows;
    if (window) window.minimized = true;
    emitApp('second-instance');
    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
  });

  it('shows the window once it is ready to show', async () => {
    await startMain();
    await startedBackroom();
    const [window] = state.windows;
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalledOnce();
  });

  it('holds the quit until the database is closed, then quits once', async () => {
    await startMain();
    const backroom = await startedBackroom();
    const firstQuit = { preventDefault: vi.fn() };
    emitApp('before-quit', firstQuit);
    expect(firstQuit.preventDefault).toHaveBeenCalledOnce();
    expect(state.ipcHandlers.has(INVOKE_CHANNEL)).toBe(false);

    const impatientQuit = { preventDefault: vi.fn() };
    emitApp('before-quit', impatientQuit);
    expect(impatientQuit.preventDefault).toHaveBeenCalledOnce();

    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce());
    expect(backroom.dataSource.isInitialized).toBe(false);

    const finalQuit = { preventDefault: vi.fn() };
    emitApp('before-quit', finalQuit);
    expect(finalQuit.preventDefault).not.toHaveBeenCalled();
  });

  it('tells the user and exits when the database cannot be opened', async () => {
    core.openBackroom.mockRejectedValueOnce(new Error('database disk image is malformed'));
    await startMain();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Backroom could not start',
      'database disk image is malformed',
    );
    expect(state.windows).toHaveLength(0);
  });
});
