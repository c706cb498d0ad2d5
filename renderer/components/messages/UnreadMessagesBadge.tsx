import { Badge, VisuallyHidden } from '@mantine/core';
import { useUnreadTotal } from '../../api/hooks/useMessages';

/** Everything unread in the reader's conversations, beside the sidebar's Messages entry. */
export function UnreadMessagesBadge() {
  const unread = useUnreadTotal();
  if (unread === 0) return null;
  return (
    <Badge size="sm" circle={unread < 10} data-testid="messages-unread-total">
      {unread > 99 ? '99+' : unread}
      <VisuallyHidden> unread</VisuallyHidden>
    </Badge>
  );
}
