/**
 * The security defaults of the desktop window, in one place and free of Electron imports so they
 * can be tested in plain Node. main.ts applies them; ipc.ts uses the sender check.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Component libraries set inline styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  webSecurity: true;
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return { preload: preloadPath, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true };
}

/** Response headers with our CSP replacing any the response brought (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/**
 * True when `url` is the app's own page. The hash and query are ignored because the renderer
 * routes with the hash; anything else (another file, another scheme) is a different page.
 */
export function isAppPage(url: string, appIndexUrl: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  page.hash = '';
  page.search = '';
  return page.protocol === 'file:' && page.href === new URL(appIndexUrl).href;
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/** Only the app's page may load in the window; https links go to the OS browser, the rest nowhere. */
export function decideNavigation(url: string, appIndexUrl: string): NavigationDecision {
  if (isAppPage(url, appIndexUrl)) return 'allow';
  return url.startsWith('https://') ? 'open-externally' : 'deny';
}

/** The parts of Electron's WebContents the guard needs. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (details: { url: string; preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationGuardOptions {
  appIndexUrl: string;
  openExternal(url: string): void;
}

/** Keeps a window on the app's page and never lets it open another window. */
export function guardNavigation(contents: GuardedContents, options: NavigationGuardOptions): void {
  contents.on('will-navigate', (details) => {
    const decision = decideNavigation(details.url, options.appIndexUrl);
    if (decision === 'allow') return;
    details.preventDefault();
    if (decision === 'open-externally') options.openExternal(details.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, options.appIndexUrl) === 'open-externally') options.openExternal(url);
    return { action: 'deny' };
  });
}

/** What an IPC event tells about its sender (Electron's IpcMainInvokeEvent has these). */
export interface IpcSenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * An IPC call is trusted only from the top frame showing the app's page. A destroyed frame
 * (`senderFrame` null) or any other page, including one the window was tricked into loading,
 * is not.
 */
export function isTrustedSender(event: IpcSenderInfo, appIndexUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppPage(frame.url, appIndexUrl);
}
