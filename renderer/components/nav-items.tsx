import type { ReactNode } from 'react';
import type { Access } from '../../shared/roles';
import {
  AdminIcon,
  AnalyticsIcon,
  CustomersIcon,
  DashboardIcon,
  ImportIcon,
  InventoryIcon,
  JobsIcon,
  MessagesIcon,
  OrdersIcon,
} from './icons';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Hidden from roles below this; the host enforces the same minimum on the channels behind the screen. */
  access: Access;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Dashboard', icon: <DashboardIcon />, access: 'clerk' },
  { to: '/inventory', label: 'Inventory', icon: <InventoryIcon />, access: 'clerk' },
  { to: '/orders', label: 'Orders', icon: <OrdersIcon />, access: 'clerk' },
  { to: '/customers', label: 'Customers', icon: <CustomersIcon />, access: 'clerk' },
  { to: '/messages', label: 'Messages', icon: <MessagesIcon />, access: 'clerk' },
  { to: '/analytics', label: 'Analytics', icon: <AnalyticsIcon />, access: 'clerk' },
  { to: '/import', label: 'Import', icon: <ImportIcon />, access: 'manager' },
  { to: '/jobs', label: 'Jobs', icon: <JobsIcon />, access: 'manager' },
  { to: '/admin', label: 'Admin', icon: <AdminIcon />, access: 'manager' },
];
