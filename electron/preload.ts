import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BackroomBridge } from '../shared/bridge';
import type { PushEvent } from '../shared/events';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

/**
 * Exposes `window.backroom` with exactly `invoke` and `onEvent`. Neither ipcRenderer nor the IPC
 * event object crosses into the page, so a compromised page can reach nothing but the dispatcher,
 * which checks roles and input itself.
 */
const bridge: BackroomBridge = {
  invoke: (channel, input, sessionToken) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input, sessionToken),
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, pushEvent: PushEvent) => listener(pushEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('backroom', bridge);
