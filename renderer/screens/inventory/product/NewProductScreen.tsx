import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Navigate, useNavigate } from 'react-router';
import { useCreateProduct } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { apiFieldErrors } from '../../../components/inventory/api-field-errors';
import { useCan } from '../../../components/inventory/useCan';
import { ProductForm } from './ProductForm';
import { ProductHeader } from './ProductHeader';
import { EMPTY_PRODUCT } from './product-form-values';

export function NewProductScreen() {
  const navigate = useNavigate();
  const can = useCan();
  const create = useCreateProduct();
  if (!can('products.create')) return <Navigate to="/inventory" replace />;
  const fieldErrors = apiFieldErrors(create.error);

  return (
    <Stack gap="md" maw={820}>
      <ProductHeader title="New product" />
      <ProductForm
        initial={EMPTY_PRODUCT}
        readOnly={false}
        autoFocus
        saving={create.isPending}
        serverErrors={fieldErrors}
        submitLabel="Create product"
        footer={create.error && Object.keys(fieldErrors).length === 0 ? <ErrorAlert error={create.error} /> : null}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (product) => {
              notifications.show({ color: 'green', title: 'Product created', message: product.name });
              void navigate(`/inventory/products/${product.id}`, { replace: true });
            },
          })
        }
      />
    </Stack>
  );
}
