import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath, defaultDatabasePath, userDataDirectory } from '../../../electron/paths';

describe('userDataDirectory', () => {
  it('follows XDG_CONFIG_HOME on Linux', () => {
    expect(userDataDirectory({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, homeDir: '/home/ann' })).toBe(
      '/xdg/Backroom',
    );
  });

  it('falls back to ~/.config on Linux when XDG_CONFIG_HOME is unset or empty', () => {
    expect(userDataDirectory({ platform: 'linux', env: {}, homeDir: '/home/ann' })).toBe('/home/ann/.config/Backroom');
    expect(userDataDirectory({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, homeDir: '/home/ann' })).toBe(
      '/home/ann/.config/Backroom',
    );
  });

  it('uses Application Support on macOS, whatever XDG_CONFIG_HOME says', () => {
    expect(userDataDirectory({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/xdg' }, homeDir: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/Backroom',
    );
  });

  it('uses %APPDATA% on Windows, or the roaming folder under the profile without it', () => {
    expect(
      userDataDirectory({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
        homeDir: 'C:\\Users\\ann',
      }),
    ).toBe('C:\\Users\\ann\\AppData\\Roaming\\Backroom');
    expect(userDataDirectory({ platform: 'win32', env: {}, homeDir: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Backroom',
    );
  });
});

describe('databasePath', () => {
  it('is backroom.sqlite inside the userData folder', () => {
    expect(databasePath('/data/Backroom', {})).toBe(path.join('/data/Backroom', 'backroom.sqlite'));
  });

  it('is BACKROOM_DB when set, resolved against the working directory', () => {
    expect(databasePath('/data/Backroom', { BACKROOM_DB: '/srv/shop.sqlite' })).toBe(path.resolve('/srv/shop.sqlite'));
    expect(databasePath('/data/Backroom', { BACKROOM_DB: 'shop.sqlite' })).toBe(path.resolve('shop.sqlite'));
  });
});

describe('defaultDatabasePath', () => {
  it('is the file the desktop app opens, so browser mode and the CLI share it', () => {
    const system = { platform: 'linux' as const, env: {}, homeDir: '/home/ann' };
    expect(defaultDatabasePath(system)).toBe(databasePath(userDataDirectory(system), {}));
    expect(defaultDatabasePath(system)).toBe(path.join('/home/ann/.config/Backroom', 'backroom.sqlite'));
  });

  it('honours BACKROOM_DB from the given environment', () => {
    expect(
      defaultDatabasePath({ platform: 'linux', env: { BACKROOM_DB: '/tmp/x.sqlite' }, homeDir: '/home/ann' }),
    ).toBe(path.resolve('/tmp/x.sqlite'));
  });
});
