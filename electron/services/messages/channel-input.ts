import type { z } from 'zod';
import type { messagesChannels } from '../../../shared/contract/messages';

type MessagesChannels = typeof messagesChannels;

/** A messages channel's input as the handler receives it: parsed, defaults filled in. */
export type MessagesInput<N extends keyof MessagesChannels> = z.output<MessagesChannels[N]['input']>;
