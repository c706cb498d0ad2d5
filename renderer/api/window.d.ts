import type { BackroomBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload exposes it. */
    backroom?: BackroomBridge;
  }
}
