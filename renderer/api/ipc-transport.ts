import type { BackroomBridge } from '../../shared/bridge';
import { asEnvelope, UNREACHABLE, type Transport } from './transport';

/** Electron: the preload's bridge already speaks envelopes; this only guards against a broken main side. */
export function ipcTransport(bridge: BackroomBridge): Transport {
  return {
    keepsSessionAcrossReloads: false,
    async invoke(channel, input, sessionToken) {
      try {
        return asEnvelope(await bridge.invoke(channel, input, sessionToken));
      } catch {
        return UNREACHABLE;
      }
    },
    // The main side knows each window's session from its calls; the bridge needs no token here.
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
