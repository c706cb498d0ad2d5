import { withinEditWindow, type Message } from '../../../shared/contract/messages';
import { roleAllows, type Role } from '../../../shared/roles';

/** What the reader may do to a message; the host checks the same rules again. */
export function messagePermissions(
  message: Message,
  reader: { id: number; role: Role },
  now: number,
): { edit: boolean; delete: boolean; pin: boolean } {
  if (message.deletedAt) return { edit: false, delete: false, pin: false };
  const ownAndRecent = message.author.id === reader.id && withinEditWindow(message.createdAt, now);
  return {
    edit: ownAndRecent,
    // A manager may remove any message within their reach, at any time.
    delete: ownAndRecent || roleAllows(reader.role, 'manager'),
    pin: true,
  };
}
