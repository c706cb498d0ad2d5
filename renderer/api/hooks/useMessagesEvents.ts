import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { accessGate } from '../access-gate';
import { onEvent } from '../client';
import { conversationsKey, countArrival, pinnedKey, putMessage, putRecordMessage } from './useMessagesCache';

/**
 * Follows the message push events for the whole app: a posted or changed message goes straight into
 * the open conversation, its record's thread and the unread counts, and a read anywhere else of
 * one's own refreshes the counts, without polling. Mounted once,
 * in the app shell, so each event is applied once. Behind a cover (a locked screen) nothing that
 * arrives reaches the screen, where its text would sit in the page under the lock and count as
 * seen: the events wait, in order, and are applied once the cover lifts, so the counts come out
 * as if they had arrived then.
 */
export function useMessagesEvents(readerId: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let held: (() => void)[] = [];
    const whenOpen = (apply: () => void) => {
      if (accessGate.get() === 'open') apply();
      else held.push(apply);
    };
    const stopGate = accessGate.subscribe(() => {
      if (accessGate.get() !== 'open') return;
      const due = held;
      held = [];
      for (const apply of due) apply();
    });
    const stopPosted = onEvent('message.posted', ({ message }) =>
      whenOpen(() => {
        putMessage(queryClient, message);
        putRecordMessage(queryClient, message);
        countArrival(queryClient, message, readerId);
      }),
    );
    const stopChanged = onEvent('message.changed', ({ message }) =>
      whenOpen(() => {
        putMessage(queryClient, message);
        putRecordMessage(queryClient, message);
        // A pin or an unpin reorders the strip; reading it again is cheaper than working out where.
        void queryClient.invalidateQueries({ queryKey: pinnedKey(message.conversationId) });
        // A deleted message no longer counts as unread or as the room's last activity.
        if (message.deletedAt !== null) void queryClient.invalidateQueries({ queryKey: conversationsKey });
      }),
    );
    // Read in another window or on another till: only the host knows what arrived after that point.
    const stopRead = onEvent('conversation.read', () =>
      whenOpen(() => void queryClient.invalidateQueries({ queryKey: conversationsKey })),
    );
    return () => {
      stopGate();
      stopPosted();
      stopChanged();
      stopRead();
    };
  }, [queryClient, readerId]);
}
