import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';

const require = createRequire(import.meta.url);
const config: Configuration = require('../../../build/electron-builder.config.cjs');

/** electron-builder's own schema check, the one `npm run dist` runs before building. */
async function validateWithElectronBuilder(configuration: Configuration): Promise<void> {
  const builderRequire = createRequire(require.resolve('electron-builder'));
  const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = builderRequire('builder-util');
  await validateConfiguration(configuration, new DebugLogger(false));
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateWithElectronBuilder(config)).resolves.toBeUndefined();
  });

  it('would catch a misspelt option (the schema check is real)', async () => {
    await expect(validateWithElectronBuilder({ ...config, asarUnpak: [] } as Configuration)).rejects.toThrow(
      /asarUnpak/,
    );
  });

  it('identifies the app and writes to release/', () => {
    expect(config.appId).toBe('com.backroom.app');
    expect(config.productName).toBe('Backroom');
    expect(config.directories?.output).toBe('release');
  });

  it('packages the build output and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
  });

  it('unpacks better-sqlite3 from the asar and rebuilds it for Electron', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('burns the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds AppImage and deb on Linux, NSIS on Windows and dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toBeTruthy();
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('packages what package.json points Electron at', () => {
    const { main } = require('../../../package.json') as { main: string };
    expect(main).toBe('dist/electron/main.cjs');
  });
});
