import { formatPhone } from '../../lib/phone';

interface Named {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export function fullName(customer: Pick<Named, 'firstName' | 'lastName'>): string {
  return `${customer.firstName} ${customer.lastName}`;
}

/** Email and phone on one line, whichever are known; the phone reads as it does in the customer list. */
export function customerContact(customer: Pick<Named, 'email' | 'phone'>): string {
  const phone = customer.phone === null ? null : formatPhone(customer.phone);
  return [customer.email, phone].filter(Boolean).join(' · ') || 'No contact details';
}

/** What a merge takes over from the duplicate: each detail the customer kept lacks and the duplicate has. */
export function detailsTakenOver(
  kept: Pick<Named, 'email' | 'phone'>,
  duplicate: Pick<Named, 'email' | 'phone'>,
): ('email' | 'phone')[] {
  return (['email', 'phone'] as const).filter((detail) => kept[detail] === null && duplicate[detail] !== null);
}
