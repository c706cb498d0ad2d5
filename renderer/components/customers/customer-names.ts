interface Named {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export function fullName(customer: Pick<Named, 'firstName' | 'lastName'>): string {
  return `${customer.firstName} ${customer.lastName}`;
}

/** Email and phone on one line, whichever are known. */
export function customerContact(customer: Pick<Named, 'email' | 'phone'>): string {
  return [customer.email, customer.phone].filter(Boolean).join(' · ') || 'No contact details';
}
