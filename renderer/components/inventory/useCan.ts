import { contract, type ChannelName } from '../../../shared/contract';
import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';

/**
 * Whether the logged-in person's role may call a channel, read from the contract's own minimum role,
 * so an action is shown exactly to those the host will let through.
 */
export function useCan(): (channel: ChannelName) => boolean {
  const staff = useCurrentStaff();
  return (channel) => roleAllows(staff.role, contract[channel].access);
}
