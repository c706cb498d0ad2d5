import { Badge, Button, EmptyState, Group, Menu, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useCategories } from '../../../api/hooks/useCatalog';
import { InventoryIcon, SearchIcon } from '../../../components/icons';
import { QueryError } from '../../../components/inventory/QueryError';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { formatCount } from '../../../lib/format';
import { useSlashToFocus } from '../../../lib/useSlashToFocus';
import { attributeSchemaFor } from '../category-schema';
import { AttributesDialog } from './AttributesDialog';
import { CategoryNameDialog, type NameTarget } from './CategoryNameDialog';
import { categoryTree, type TreeRow } from './category-tree';
import { MergeCategoryDialog } from './MergeCategoryDialog';
import { MoveCategoryDialog } from './MoveCategoryDialog';

type Dialog = { kind: 'name'; target: NameTarget } | { kind: 'move' | 'merge' | 'attributes'; row: TreeRow } | null;

/** The category tree with its product counts; managers rename, move, merge and set product fields. */
export function CategoriesScreen() {
  const categories = useCategories();
  const can = useCan();
  const canEdit = can('categories.create');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [filter, setFilter] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);
  useShortcut('n', () => setDialog({ kind: 'name', target: { kind: 'create', parent: null } }), { enabled: canEdit });
  const rows = useMemo(() => categoryTree(categories.data ?? []), [categories.data]);
  const words = filter.trim().toLowerCase();
  const shown = words ? rows.filter((row) => row.category.path.toLowerCase().includes(words)) : rows;
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>Categories</Title>
        {canEdit && (
          <Button
            onClick={() => setDialog({ kind: 'name', target: { kind: 'create', parent: null } })}
            rightSection={<Shortcut keys="N" />}
          >
            New category
          </Button>
        )}
      </Group>
      <TextInput
        ref={searchRef}
        aria-label="Search categories"
        placeholder="Search categories"
        leftSection={<SearchIcon size={16} />}
        rightSection={<Shortcut keys="/" />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
      />
      {categories.isPending ? (
        <TableSkeleton rows={12} label="Loading categories" />
      ) : categories.isError ? (
        <QueryError error={categories.error} onRetry={() => void categories.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState
          icon={<InventoryIcon size={28} />}
          withIndicatorBackground
          title={words ? `No category matches “${filter.trim()}”` : 'No categories yet'}
          description={
            words
              ? undefined
              : 'Categories group products on lists, counts and reports. Start with the aisles of the store.'
          }
        />
      ) : (
        <Table highlightOnHover verticalSpacing={6} aria-label="Categories">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th ta="end">Products</Table.Th>
              <Table.Th>Product fields</Table.Th>
              {canEdit && <Table.Th w={90} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.category.id}>
                <Table.Td>
                  <Text size="sm" pl={words ? 0 : row.depth * 24} fw={row.depth === 0 ? 600 : undefined}>
                    {row.depth > 0 && !words && (
                      <Text span c="dimmed" aria-hidden="true">
                        └{' '}
                      </Text>
                    )}
                    <Link to={`/inventory?category=${row.category.id}`}>
                      {words ? row.category.path : row.category.name}
                    </Link>
                  </Text>
                </Table.Td>
                <Table.Td ta="end">
                  <Text size="sm" span title="In this category and the ones below it">
                    {formatCount(row.totalProducts)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.category.attributes.map((definition) => (
                      <Badge key={definition.key} size="xs" variant="light" color="gray">
                        {definition.label}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="end">
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button size="compact-xs" variant="subtle" aria-label={`Change ${row.category.name}`}>
                          Change ▾
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          onClick={() =>
                            setDialog({ kind: 'name', target: { kind: 'rename', category: row.category } })
                          }
                        >
                          Rename…
                        </Menu.Item>
                        <Menu.Item
                          onClick={() => setDialog({ kind: 'name', target: { kind: 'create', parent: row.category } })}
                        >
                          Add a subcategory…
                        </Menu.Item>
                        <Menu.Item onClick={() => setDialog({ kind: 'move', row })}>Move…</Menu.Item>
                        <Menu.Item onClick={() => setDialog({ kind: 'attributes', row })}>Product fields…</Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color="red" onClick={() => setDialog({ kind: 'merge', row })}>
                          Merge into another…
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'name' && <CategoryNameDialog target={dialog.target} onClose={close} />}
      {dialog?.kind === 'move' && <MoveCategoryDialog row={dialog.row} rows={rows} onClose={close} />}
      {dialog?.kind === 'merge' && <MergeCategoryDialog row={dialog.row} rows={rows} onClose={close} />}
      {dialog?.kind === 'attributes' && (
        <AttributesDialog
          category={dialog.row.category}
          inherited={attributeSchemaFor(categories.data ?? [], dialog.row.category.parentId)}
          onClose={close}
        />
      )}
    </Stack>
  );
}
