import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  decideNavigation,
  guardNavigation,
  isTrustedSender,
  secureWebPreferences,
  withContentSecurityPolicy,
  type GuardedContents,
} from '../../../electron/security';

const APP_INDEX = 'file:///opt/Backroom/resources/app.asar/dist/renderer/index.html';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and keeps web security on', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });
});

describe('Content-Security-Policy', () => {
  it('allows only the app itself, with inline styles and data: images and fonts', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows inline or evaluated scripts', () => {
    const scriptSource = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSource).toBe("script-src 'self'");
  });

  it('replaces a policy the response brought, whatever the header case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('adds the policy to a response without headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('decideNavigation', () => {
  it('allows the app page, also with a hash route or a query', () => {
    expect(decideNavigation(APP_INDEX, APP_INDEX)).toBe('allow');
    expect(decideNavigation(`${APP_INDEX}#/orders/42`, APP_INDEX)).toBe('allow');
    expect(decideNavigation(`${APP_INDEX}?reload=1`, APP_INDEX)).toBe('allow');
  });

  it('sends https links to the OS browser', () => {
    expect(decideNavigation('https://example.com/help', APP_INDEX)).toBe('open-externally');
  });

  it('denies other files, plain http and other schemes', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Backroom/resources/app.asar/dist/renderer/other.html',
      'file://evil-host/opt/Backroom/resources/app.asar/dist/renderer/index.html',
      'http://example.com/',
      'http://127.0.0.1:5173/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(decideNavigation(url, APP_INDEX), url).toBe('deny');
    }
  });
});

type WillNavigateListener = Parameters<GuardedContents['on']>[1];
type WindowOpenHandler = Parameters<GuardedContents['setWindowOpenHandler']>[0];

function guardedFakeContents() {
  const openExternal = vi.fn();
  let willNavigate: WillNavigateListener | undefined;
  let windowOpen: WindowOpenHandler | undefined;
  guardNavigation(
    {
      on: (_event, listener) => (willNavigate = listener),
      setWindowOpenHandler: (handler) => (windowOpen = handler),
    },
    { appIndexUrl: APP_INDEX, openExternal },
  );
  const navigate = (url: string) => {
    const preventDefault = vi.fn();
    willNavigate?.({ url, preventDefault });
    return preventDefault;
  };
  return { openExternal, navigate, openWindow: (url: string) => windowOpen?.({ url }) };
}

describe('guardNavigation', () => {
  it('lets the window navigate within the app page', () => {
    const { navigate, openExternal } = guardedFakeContents();
    expect(navigate(`${APP_INDEX}#/products`)).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation to an https page and opens it in the OS browser instead', () => {
    const { navigate, openExternal } = guardedFakeContents();
    expect(navigate('https://example.com/')).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('stops navigation to anything else without opening it', () => {
    const { navigate, openExternal } = guardedFakeContents();
    expect(navigate('http://example.com/')).toHaveBeenCalledOnce();
    expect(navigate('file:///etc/passwd')).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, handing only https links to the OS browser', () => {
    const { openWindow, openExternal } = guardedFakeContents();
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow(APP_INDEX)).toEqual({ action: 'deny' });
    expect(openWindow('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
});

describe('isTrustedSender', () => {
  it('trusts the top frame showing the app page', () => {
    expect(isTrustedSender({ senderFrame: { url: `${APP_INDEX}#/orders`, parent: null } }, APP_INDEX)).toBe(true);
  });

  it('distrusts other pages, subframes and destroyed frames', () => {
    expect(isTrustedSender({ senderFrame: { url: 'https://example.com/', parent: null } }, APP_INDEX)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'file:///tmp/evil.html', parent: null } }, APP_INDEX)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: APP_INDEX, parent: { url: APP_INDEX } } }, APP_INDEX)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, APP_INDEX)).toBe(false);
  });
});

describe('the renderer page', () => {
  it('carries the same Content-Security-Policy as the window, less frame-ancestors', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});
