import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { ATTRIBUTE_TYPES, type AttributeSchema } from '../../../../shared/attributes';
import type { CategoryNode } from '../../../../shared/contract';
import { useSetCategoryAttributes } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import {
  checkDrafts,
  draftsFrom,
  keyFromLabel,
  newDraft,
  type AttributeDraft,
  type AttributeType,
} from './attribute-drafts';

const TYPE_LABELS: Record<AttributeType, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  choice: 'Choice from a list',
};

/**
 * The fields a category asks of its products (and those of its subcategories). Inherited fields
 * are listed for reference; a field here with the same key replaces the inherited one.
 */
export function AttributesDialog({
  category,
  inherited,
  onClose,
}: {
  category: CategoryNode;
  inherited: AttributeSchema;
  onClose: () => void;
}) {
  const [drafts, setDrafts] = useState(() => draftsFrom(category.attributes));
  const [problems, setProblems] = useState<Map<number, string>>(new Map());
  const save = useSetCategoryAttributes();

  function change(rowId: number, patch: Partial<AttributeDraft>) {
    setDrafts((current) => current.map((draft) => (draft.rowId === rowId ? { ...draft, ...patch } : draft)));
  }

  return (
    <Modal opened onClose={onClose} title={`Product fields — ${category.path}`} size="xl" centered>
      <Stack gap="md">
        {inherited.length > 0 && (
          <Text size="sm" c="dimmed">
            Inherited from above: {inherited.map((definition) => definition.label).join(', ')}.
          </Text>
        )}
        {drafts.length === 0 && (
          <Text size="sm" c="dimmed">
            No fields of its own. Add fields such as “Volume (ml)” or “Organic” that every product here should carry;
            the product form shows them, and “Fast filter” fields can filter the product list.
          </Text>
        )}
        {drafts.map((draft) => (
          <Paper key={draft.rowId} withBorder p="sm" radius="md">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="Label"
                value={draft.label}
                onChange={(event) => {
                  const label = event.currentTarget.value;
                  change(draft.rowId, draft.isNew ? { label, key: keyFromLabel(label) } : { label });
                }}
                w={200}
                data-autofocus={draft.isNew || undefined}
              />
              <TextInput
                label="Key"
                description={draft.isNew ? undefined : 'Kept: products store values by it'}
                value={draft.key}
                readOnly={!draft.isNew}
                onChange={(event) => change(draft.rowId, { key: event.currentTarget.value })}
                w={170}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <Select
                label="Type"
                data={ATTRIBUTE_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }))}
                value={draft.type}
                onChange={(type) => type && change(draft.rowId, { type: type as AttributeType })}
                allowDeselect={false}
                w={170}
              />
              {draft.type === 'choice' && (
                <TagsInput
                  label="Choices"
                  placeholder="Type and press Enter"
                  value={draft.choices}
                  onChange={(choices) => change(draft.rowId, { choices })}
                  w={240}
                />
              )}
              <Stack gap={6} mt={26}>
                <Checkbox
                  label="Required"
                  checked={draft.required}
                  onChange={(event) => change(draft.rowId, { required: event.currentTarget.checked })}
                />
                <Checkbox
                  label="Fast filter"
                  checked={draft.indexed}
                  onChange={(event) => change(draft.rowId, { indexed: event.currentTarget.checked })}
                />
              </Stack>
              <ActionIcon
                mt={26}
                ml="auto"
                variant="subtle"
                color="gray"
                aria-label={`Remove ${draft.label || 'this field'}`}
                onClick={() => setDrafts((current) => current.filter((other) => other.rowId !== draft.rowId))}
              >
                ×
              </ActionIcon>
            </Group>
            {problems.get(draft.rowId) && (
              <Text size="xs" c="red" mt={4}>
                {problems.get(draft.rowId)}
              </Text>
            )}
          </Paper>
        ))}
        <Button variant="default" onClick={() => setDrafts((current) => [...current, newDraft()])} w="fit-content">
          Add a field
        </Button>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button
            loading={save.isPending}
            onClick={() => {
              const checked = checkDrafts(drafts);
              if (!checked.ok) {
                setProblems(checked.problems);
                return;
              }
              setProblems(new Map());
              save.mutate({ id: category.id, attributes: checked.schema }, { onSuccess: onClose });
            }}
          >
            Save fields
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
