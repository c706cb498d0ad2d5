import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { events, type EventName, type EventPayload } from '../../shared/events';
import { ApiError } from './ApiError';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import { createSessionTokenStore } from './session-token';

/** Chosen once: inside Electron the preload bridge exists, in a browser it does not. */
const transport = window.backroom ? ipcTransport(window.backroom) : httpTransport();

export const sessionToken = createSessionTokenStore(transport.keepsSessionAcrossReloads);

/** Calls one channel of the contract; resolves with its output or throws an `ApiError`. */
export async function invoke<N extends ChannelName>(name: N, input: ChannelInput<N>): Promise<ChannelOutput<N>> {
  const envelope = await transport.invoke(name, input, sessionToken.get());
  if (!envelope.ok) throw new ApiError(envelope.error);
  // The dispatcher checked the output against the same contract before sending it.
  return envelope.data as ChannelOutput<N>;
}

/** Listens to one push event; payloads that do not match `shared/events` are dropped. */
export function onEvent<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
  const schema = events[name];
  return transport.onEvent((event) => {
    if (event.name !== name) return;
    const parsed = schema.safeParse(event.payload);
    if (parsed.success) listener(parsed.data as EventPayload<N>);
  }, sessionToken);
}
