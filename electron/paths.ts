import os from 'node:os';
import path from 'node:path';

/**
 * Where Backroom keeps its data. The desktop app asks Electron for its userData folder; browser
 * mode and the CLI compute the same folder here without Electron, so every mode opens one file.
 */

export const APP_FOLDER_NAME = 'Backroom';
export const DATABASE_FILE_NAME = 'backroom.sqlite';
/** Points every mode at another database file (tests, a second store, a copy under repair). */
export const DATABASE_PATH_VARIABLE = 'BACKROOM_DB';

export interface HostSystem {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homeDir: string;
}

function currentSystem(): HostSystem {
  return { platform: process.platform, env: process.env, homeDir: os.homedir() };
}

/** The folder Electron reports as `app.getPath('userData')` for an app named Backroom. */
export function userDataDirectory(system: HostSystem = currentSystem()): string {
  const { platform, env, homeDir } = system;
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA || path.win32.join(homeDir, 'AppData', 'Roaming'), APP_FOLDER_NAME);
    case 'darwin':
      return path.posix.join(homeDir, 'Library', 'Application Support', APP_FOLDER_NAME);
    default:
      return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(homeDir, '.config'), APP_FOLDER_NAME);
  }
}

/** The database file inside a userData folder, unless BACKROOM_DB names another one. */
export function databasePath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[DATABASE_PATH_VARIABLE];
  return override ? path.resolve(override) : path.join(userDataDir, DATABASE_FILE_NAME);
}

/** The database file for browser mode and the CLI: the same one the desktop app opens. */
export function defaultDatabasePath(system: HostSystem = currentSystem()): string {
  return databasePath(userDataDirectory(system), system.env);
}
