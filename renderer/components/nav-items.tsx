import type { ReactNode } from 'react';
import type { ChannelName } from '../../shared/contract';
import {
  AdminIcon,
  AnalyticsIcon,
  AuditIcon,
  BackupIcon,
  CustomersIcon,
  DashboardIcon,
  ImportIcon,
  InventoryIcon,
  JobsIcon,
  MessagesIcon,
  OrdersIcon,
  SyncIcon,
} from './icons';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /**
   * The channel the screen opens with: the entry is hidden from roles the permission matrix
   * refuses it to, the same rule the host enforces.
   */
  channel: ChannelName;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Dashboard', icon: <DashboardIcon />, channel: 'auth.getSession' },
  { to: '/inventory', label: 'Inventory', icon: <InventoryIcon />, channel: 'products.list' },
  { to: '/orders', label: 'Orders', icon: <OrdersIcon />, channel: 'orders.list' },
  { to: '/customers', label: 'Customers', icon: <CustomersIcon />, channel: 'customers.list' },
  { to: '/messages', label: 'Messages', icon: <MessagesIcon />, channel: 'messages.listConversations' },
  { to: '/analytics', label: 'Analytics', icon: <AnalyticsIcon />, channel: 'analytics.dashboard' },
  { to: '/import', label: 'Import', icon: <ImportIcon />, channel: 'imports.start' },
  { to: '/jobs', label: 'Jobs', icon: <JobsIcon />, channel: 'jobs.list' },
  { to: '/admin', label: 'Admin', icon: <AdminIcon />, channel: 'staff.list' },
  { to: '/audit', label: 'Audit', icon: <AuditIcon />, channel: 'audit.list' },
  { to: '/backups', label: 'Backups', icon: <BackupIcon />, channel: 'backups.list' },
  { to: '/sync', label: 'Sync', icon: <SyncIcon />, channel: 'sync.status' },
];
