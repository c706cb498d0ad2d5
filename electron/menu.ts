/**
 * The application menu as a plain template (Electron's Menu.buildFromTemplate accepts it), built
 * without importing Electron so its shape can be tested.
 */

export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'help';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuItemTemplate[];
}

export interface MenuOptions {
  /** Packaged builds hide reload and the developer tools: a reload drops unsaved screen state. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

const separator: MenuItemTemplate = { type: 'separator' };

export function buildMenuTemplate({ isPackaged, platform }: MenuOptions): MenuItemTemplate[] {
  // macOS puts About and Quit in the application menu; elsewhere they live in Help and File.
  const isMac = platform === 'darwin';
  const developerItems: MenuItemTemplate[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemTemplate] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    ...(isMac ? [] : [{ role: 'help', submenu: [{ role: 'about' }] } satisfies MenuItemTemplate]),
  ];
}
