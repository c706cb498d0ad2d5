import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { roleAllows } from '../../shared/roles';
import { useCurrentStaff } from '../api/hooks/useSession';
import { NAV_ITEMS } from './nav-items';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const staff = useCurrentStaff();
  return (
    <Stack component="nav" aria-label="Main" gap={2}>
      {NAV_ITEMS.filter((item) => roleAllows(staff.role, item.access)).map((item) => {
        const active = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={item.icon}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
