import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { closeWithBackup } from './backup/quit-backup';
import { openBackroom, type Backroom } from './host/app';
import { bindIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { databasePath } from './paths';
import { guardNavigation, secureWebPreferences, withContentSecurityPolicy } from './security';
import type { SecretBox } from './sync/secret-box';

/**
 * The desktop shell: one instance, one window, the core opened on the data file in userData.
 * Everything with logic lives in the modules imported above; this file only wires Electron to them.
 */

const APP_NAME = 'Backroom';

app.setName(APP_NAME);

// A second instance would open the same SQLite file beside the first; it hands over instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.whenReady().then(startBackroom).catch(failStartup);
}

async function startBackroom(): Promise<void> {
  // Packaged, the app path is the asar archive; in development, the repository root. Both hold dist/.
  const appRoot = app.getAppPath();
  const preloadPath = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
  const appIndexUrl = pathToFileURL(path.join(appRoot, 'dist', 'renderer', 'index.html')).href;

  // Covers responses that carry headers; a page read from file:// has none, so index.html must
  // also carry the policy in its meta tag.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  // The back office needs no camera, microphone, notifications or geolocation.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  // Created and migrated on first start (TypeORM also creates a missing folder for BACKROOM_DB).
  const backroom = await openBackroom({
    databasePath: databasePath(app.getPath('userData')),
    secretBox: keychainSecretBox(),
  });

  const unbindIpc = bindIpc({
    ipcMain,
    backroom,
    appIndexUrl,
    allWebContents: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
  });
  closeOnQuit(backroom, unbindIpc);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })),
  );
  // No 'window-all-closed' listener: closing the last window quits on every platform, so the
  // database is never left open behind an invisible app.
  await openMainWindow(preloadPath, appIndexUrl);
}

/**
 * Head office's address (with its password) is kept encrypted by the OS keychain. On Linux
 * without a keyring Electron falls back to a fixed key anyone can read ('basic_text'): no
 * protection, so it counts as unavailable and the admin is sent to BACKROOM_HQ_URL instead.
 */
function keychainSecretBox(): SecretBox {
  return {
    get available() {
      return (
        safeStorage.isEncryptionAvailable() &&
        !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
      );
    },
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}

async function openMainWindow(preloadPath: string, appIndexUrl: string): Promise<void> {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  guardNavigation(window.webContents, {
    appIndexUrl,
    openExternal: (url) => {
      shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}`, error));
    },
  });
  window.once('ready-to-show', () => window.show());
  // loadURL with the exact URL the IPC sender check compares against.
  await window.loadURL(appIndexUrl);
}

/**
 * Delays the quit until the core has closed the database, so no write is cut off, and has taken
 * the backup on quit if the admin asked for one (bounded in time; its progress on the window while
 * one is open). On before-quit, so a window quit from the menu is still there to show it.
 */
function closeOnQuit(backroom: Backroom, unbindIpc: () => void): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    unbindIpc();
    closeWithBackup(backroom, { progress: showQuitProgress })
      .catch((error: unknown) => console.error('Backroom did not close cleanly', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

function showQuitProgress({ done, total }: { done: number; total: number }): void {
  const window = BrowserWindow.getAllWindows().find((candidate) => !candidate.isDestroyed());
  if (!window) return;
  const fraction = total > 0 ? done / total : 0;
  window.setProgressBar(fraction);
  window.setTitle(`${APP_NAME}: backing up before quitting (${Math.floor(fraction * 100)}%)`);
}

function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function failStartup(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Backroom could not start', reason);
  app.exit(1);
}
