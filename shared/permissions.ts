import { contract, type ChannelName } from './contract';
import { ROLES, roleAllows, type Access, type Role } from './roles';

/** One row of the permission matrix: who may call a channel, and whether it is held to their stores. */
export interface ChannelPermission {
  channel: ChannelName;
  /** The part before the dot: 'orders' of 'orders.place'. */
  domain: string;
  access: Access;
  writes: boolean;
  /** Staff act only in the stores they work in; an admin in any. */
  storeScoped: boolean;
  allowed: Readonly<Record<Role, boolean>>;
}

/**
 * Channel × role, derived from the contract alone, so the host's rule (the dispatcher checks
 * `access`) and what screens show or hide can never disagree. Sorted by channel name.
 */
export const PERMISSION_MATRIX: readonly ChannelPermission[] = (Object.keys(contract) as ChannelName[])
  .sort()
  .map((channel) => {
    const definition = contract[channel];
    return {
      channel,
      domain: channel.slice(0, channel.indexOf('.')),
      access: definition.access,
      writes: definition.writes,
      storeScoped: definition.storeScoped === true,
      allowed: Object.fromEntries(ROLES.map((role) => [role, roleAllows(role, definition.access)])) as Record<
        Role,
        boolean
      >,
    };
  });

/** Whether a role may call a channel at all (its stores still limit store-scoped ones). */
export function canCall(role: Role, channel: ChannelName): boolean {
  return roleAllows(role, contract[channel].access);
}
