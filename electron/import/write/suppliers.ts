import type { ImportValue, WriterFactory } from '../writer';
import { recordWriter } from './record-writer';

const COLUMNS = {
  externalRef: 'external_ref',
  name: 'name',
  contactName: 'contact_name',
  email: 'email',
  phone: 'phone',
  leadTimeDays: 'lead_time_days',
  notes: 'notes',
};

/** Suppliers by name or reference; a new one's lead time is the table's default of 7 days unless given. */
export const suppliersWriter: WriterFactory = (ctx) =>
  recordWriter(ctx, {
    table: 'suppliers',
    noun: 'supplier',
    columns: COLUMNS,
    unique: ['name', 'externalRef'],
    defaults: () => ({ leadTimeDays: 7 }),
    prepare(row) {
      const values: Record<string, ImportValue> = {};
      for (const field of Object.keys(COLUMNS)) if (field in row.values) values[field] = row.values[field]!;
      // An emptied lead time goes back to the default rather than breaking the NOT NULL column.
      if (values.leadTimeDays === null) values.leadTimeDays = 7;
      return values;
    },
  });
