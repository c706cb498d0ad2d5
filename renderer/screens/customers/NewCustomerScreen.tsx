import { Button, Paper, Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useCreateCustomer } from '../../api/hooks/useCustomers';
import { CustomerForm, formValuesOf } from './CustomerForm';

export function NewCustomerScreen() {
  const navigate = useNavigate();
  const create = useCreateCustomer();
  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>New customer</Title>
      <Paper withBorder p="lg">
        <CustomerForm
          initial={formValuesOf(null)}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(values, { onSuccess: (customer) => void navigate(`/customers/${customer.id}`) })
          }
          actions={
            <>
              <Button variant="default" onClick={() => void navigate('/customers')}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create customer
              </Button>
            </>
          }
        />
      </Paper>
    </Stack>
  );
}
