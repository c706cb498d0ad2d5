import { Button, Modal } from '@mantine/core';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { useUpdateCustomer } from '../../../api/hooks/useCustomers';
import { CustomerForm, formValuesOf } from '../CustomerForm';

export function EditCustomerDialog({
  customer,
  opened,
  onClose,
}: {
  customer: CustomerProfile;
  opened: boolean;
  onClose: () => void;
}) {
  const update = useUpdateCustomer();
  function close() {
    update.reset();
    onClose();
  }
  return (
    <Modal opened={opened} onClose={close} title="Edit customer" size="lg" centered>
      {opened && (
        <CustomerForm
          initial={formValuesOf(customer)}
          error={update.error}
          onSubmit={(values) => update.mutate({ id: customer.id, ...values }, { onSuccess: close })}
          actions={
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={update.isPending}>
                Save changes
              </Button>
            </>
          }
        />
      )}
    </Modal>
  );
}
