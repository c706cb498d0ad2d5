import { Anchor, ScrollArea, Table } from '@mantine/core';
import { formatCount } from '../../../lib/format';
import { money } from '../../../components/inventory/money';
import type { ChartSpec, ColumnKind } from './chart-spec';

function shown(value: string | number | null, kind: ColumnKind): string {
  if (value === null) return '—';
  if (typeof value === 'number') return kind === 'cents' ? money(value) : formatCount(value);
  return value;
}

/** A chart's figures as an accessible table; the first cell of a row does what a click on its element does. */
export function ChartTable({ spec }: { spec: ChartSpec }) {
  const { columns, rows } = spec.table;
  const pick = spec.pick;
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped withTableBorder stickyHeader captionSide="top" fz="sm">
        <Table.Caption>{spec.title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} ta={column.kind === 'text' ? undefined : 'right'} scope="col">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={index}>
              {row.map((value, at) => {
                const kind = columns[at]!.kind;
                const text = shown(value, kind);
                return (
                  <Table.Td key={at} ta={kind === 'text' ? undefined : 'right'}>
                    {at === 0 && pick && (pick.allows?.(index) ?? true) ? (
                      <Anchor
                        component="button"
                        type="button"
                        fz="sm"
                        onClick={() => pick.run(index)}
                        aria-label={pick.describe(index)}
                      >
                        {text}
                      </Anchor>
                    ) : (
                      text
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
