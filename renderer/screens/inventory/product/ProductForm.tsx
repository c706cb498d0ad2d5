import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import type { ProductCreateInput } from '../../../../shared/contract';
import { useCategories } from '../../../api/hooks/useCatalog';
import { DecimalInput, WholeNumberInput } from '../../../components/LocaleNumberInput';
import { MoneyInput } from '../../../components/inventory/MoneyInput';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { useFormFields } from '../../../lib/useFormFields';
import type { FieldErrors } from '../../../lib/validate';
import { attributeSchemaFor } from '../category-schema';
import { AttributeFields } from './AttributeFields';
import { barcodeHint } from './barcode-hint';
import { BrandSelect } from './BrandSelect';
import { checkProductForm, type ProductFormValues } from './product-form-values';
import { SupplierLinksEditor } from './SupplierLinksEditor';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/**
 * Every field of a product. The form checks itself against the contract before sending; the host's
 * answer (a taken SKU, a stale version) comes back through `serverErrors` and the screen.
 */
export function ProductForm({
  initial,
  readOnly,
  saving,
  serverErrors,
  submitLabel,
  onSubmit,
  footer,
  autoFocus = false,
}: {
  initial: ProductFormValues;
  readOnly: boolean;
  saving: boolean;
  serverErrors: FieldErrors;
  submitLabel: string;
  onSubmit: (input: ProductCreateInput) => void;
  /** Shown in the action bar next to the save button (a conflict notice, say). */
  footer?: ReactNode;
  /** A new product starts at its name; an existing one opens to be read, the cursor nowhere. */
  autoFocus?: boolean;
}) {
  const { formRef, values, set, errors, setLocalErrors, text } = useFormFields(initial, serverErrors);
  const [barcodeTouched, setBarcodeTouched] = useState(false);
  const categories = useCategories();
  const schema = useMemo(
    () => attributeSchemaFor(categories.data ?? [], values.categoryId),
    [categories.data, values.categoryId],
  );
  useShortcut('alt+s', () => formRef.current?.requestSubmit(), { inFields: true, enabled: !readOnly });

  const hint = barcodeHint(values.barcode);
  const margin =
    values.priceCents && values.costCents !== null && !Number.isNaN(values.priceCents + values.costCents)
      ? (values.priceCents - values.costCents) / values.priceCents
      : null;

  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Product"
      onSubmit={(event) => {
        event.preventDefault();
        if (readOnly) return;
        const checked = checkProductForm(values, schema);
        if (!checked.ok) {
          setLocalErrors(checked.errors);
          setBarcodeTouched(true);
          return;
        }
        setLocalErrors({});
        onSubmit(checked.input);
      }}
    >
      <Stack gap="md">
        <Section title="Product">
          <TextInput label="Name" withAsterisk {...text('name')} readOnly={readOnly} autoFocus={autoFocus} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="SKU"
              withAsterisk
              {...text('sku')}
              readOnly={readOnly}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <TextInput
              label="Barcode"
              value={values.barcode}
              onChange={(event) => set('barcode', event.currentTarget.value)}
              onBlur={() => setBarcodeTouched(true)}
              description={hint.description}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              error={errors.barcode ?? (barcodeTouched ? hint.problem : null)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              readOnly={readOnly}
              inputMode="numeric"
              autoComplete="off"
            />
            <BrandSelect value={values.brandId} onChange={(id) => set('brandId', id)} readOnly={readOnly} />
            <Select<number>
              label="Category"
              placeholder="No category"
              data={(categories.data ?? []).map((category) => ({ value: category.id, label: category.path }))}
              value={values.categoryId}
              onChange={(id) => set('categoryId', id)}
              error={errors.categoryId}
              searchable
              clearable
              readOnly={readOnly}
              nothingFoundMessage="No category with that name"
            />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} maxRows={6} {...text('description')} readOnly={readOnly} />
        </Section>

        <Section title="Price">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <MoneyInput
              label="Price"
              withAsterisk
              value={values.priceCents}
              onChange={(cents) => set('priceCents', cents)}
              error={errors.priceCents}
              readOnly={readOnly}
            />
            <MoneyInput
              label="Cost"
              withAsterisk
              value={values.costCents}
              onChange={(cents) => set('costCents', cents)}
              error={errors.costCents}
              readOnly={readOnly}
              description={margin === null ? undefined : `Margin ${percentFormat.format(margin)}`}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
            <DecimalInput
              label="Tax rate"
              suffix=" %"
              min={0}
              max={100}
              decimalScale={2}
              allowNegative={false}
              value={values.taxRatePercent}
              onChange={(value) => set('taxRatePercent', value)}
              error={errors.taxRateBp}
              readOnly={readOnly}
            />
          </SimpleGrid>
        </Section>

        <Section title="Stock settings">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <WholeNumberInput
              label="Reorder point"
              description="Low stock at or below this"
              min={0}
              allowNegative={false}
              value={values.reorderPoint}
              onChange={(value) => set('reorderPoint', value)}
              error={errors.reorderPoint}
              readOnly={readOnly}
            />
            <WholeNumberInput
              label="Reorder quantity"
              description="Usual amount to order"
              min={0}
              allowNegative={false}
              value={values.reorderQty}
              onChange={(value) => set('reorderQty', value)}
              error={errors.reorderQty}
              readOnly={readOnly}
            />
            <Switch
              label="Allow backorders"
              description="Sell when none are in stock"
              mt="md"
              checked={values.allowBackorder}
              disabled={readOnly}
              onChange={(event) => set('allowBackorder', event.currentTarget.checked)}
            />
          </SimpleGrid>
        </Section>

        {schema.length > 0 && (
          <Section title="Attributes" note="Declared by the product's category">
            <AttributeFields
              schema={schema}
              values={values.attributes}
              errors={errors}
              readOnly={readOnly}
              onChange={(attributes) => set('attributes', attributes)}
            />
          </Section>
        )}

        <Section title="Suppliers">
          <SupplierLinksEditor
            links={values.suppliers}
            error={errors.suppliers}
            readOnly={readOnly}
            onChange={(links) => set('suppliers', links)}
          />
        </Section>

        {!readOnly && (
          <StickyActions status={footer}>
            <Button type="submit" loading={saving} rightSection={<Shortcut keys="Alt+S" />}>
              {submitLabel}
            </Button>
          </StickyActions>
        )}
      </Stack>
    </form>
  );
}

function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{title}</Title>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}
