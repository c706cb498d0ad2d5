import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { canCall } from '../../shared/permissions';
import { useMessagesEvents } from '../api/hooks/useMessagesEvents';
import { useCurrentStaff } from '../api/hooks/useSession';
import { UnreadMessagesBadge } from './messages/UnreadMessagesBadge';
import { NAV_ITEMS } from './nav-items';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const staff = useCurrentStaff();
  // The shell is always there while someone is logged in: message events are followed once, here.
  useMessagesEvents(staff.id);
  return (
    <Stack component="nav" aria-label="Main" gap={2}>
      {NAV_ITEMS.filter((item) => canCall(staff.role, item.channel)).map((item) => {
        const active = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={item.icon}
            rightSection={item.to === '/messages' ? <UnreadMessagesBadge /> : undefined}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
