import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemTemplate } from '../../../electron/menu';

function roles(items: MenuItemTemplate[] | undefined): (string | undefined)[] {
  return (items ?? []).filter((item) => item.type !== 'separator').map((item) => item.role);
}

function menu(template: MenuItemTemplate[], label: string): MenuItemTemplate[] | undefined {
  return template.find((item) => item.label === label)?.submenu;
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'linux' });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(roles(menu(template, 'File'))).toEqual(['quit']);
    expect(roles(template.find((item) => item.role === 'help')?.submenu)).toEqual(['about']);
  });

  it('offers the standard editing roles', () => {
    const edit = menu(buildMenuTemplate({ isPackaged: true, platform: 'win32' }), 'Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('hides reload and developer tools in a packaged build but keeps zoom', () => {
    const view = roles(menu(buildMenuTemplate({ isPackaged: true, platform: 'linux' }), 'View'));
    expect(view).not.toContain('toggleDevTools');
    expect(view).not.toContain('reload');
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers reload and developer tools while developing', () => {
    const view = roles(menu(buildMenuTemplate({ isPackaged: false, platform: 'linux' }), 'View'));
    expect(view).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('follows macOS conventions: About and Quit in the application menu, Close in File', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(roles(menu(template, 'File'))).toEqual(['close']);
    expect(template.some((item) => item.role === 'help')).toBe(false);
  });
});
