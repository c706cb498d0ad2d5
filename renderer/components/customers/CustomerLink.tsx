import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { fullName } from './customer-names';

/** A customer's full name, opening their profile. */
export function CustomerLink({ customer }: { customer: { id: number; firstName: string; lastName: string } }) {
  return (
    <Anchor component={Link} to={`/customers/${customer.id}`}>
      {fullName(customer)}
    </Anchor>
  );
}
