/**
 * Packaging for `npm run dist`. electron-builder adds the production dependencies from
 * node_modules (better-sqlite3, typeorm, zod) on its own; `files` names only our build output.
 *
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'com.backroom.app',
  productName: 'Backroom',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', 'package.json'],
  asar: true,
  // A native module cannot be loaded from inside the asar archive.
  asarUnpack: ['**/node_modules/better-sqlite3/**'],
  // better-sqlite3 is compiled for the Node that ran npm install; Electron needs its own ABI.
  npmRebuild: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'backroom',
    // Debian packages need a maintainer; without it electron-builder demands an author email.
    maintainer: 'Backroom',
  },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
};
