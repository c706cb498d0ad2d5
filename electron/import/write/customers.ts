import type { ImportValue, WriterFactory } from '../writer';
import { normalizePhone } from './contact-values';
import { recordWriter } from './record-writer';

const COLUMNS = {
  externalRef: 'external_ref',
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  marketingConsent: 'marketing_consent',
  notes: 'notes',
  homeStoreId: 'home_store_id',
};

/**
 * Customers by reference, email or phone. A new customer's home store is the importing store, as
 * when a clerk signs one up; consent is no unless the file says yes.
 */
export const customersWriter: WriterFactory = (ctx) =>
  recordWriter(ctx, {
    table: 'customers',
    noun: 'customer',
    columns: COLUMNS,
    unique: ['externalRef', 'email', 'phone'],
    defaults: (context) => ({ marketingConsent: 0, homeStoreId: context.storeId }),
    frozenColumn: 'archived_at',
    frozenReason: 'belongs to an archived customer, who can no longer change',
    prepare(row) {
      const values: Record<string, ImportValue> = {};
      for (const field of ['externalRef', 'firstName', 'lastName', 'email', 'notes'] as const) {
        if (field in row.values) values[field] = row.values[field]!;
      }
      if ('marketingConsent' in row.values) values.marketingConsent = row.values.marketingConsent === true ? 1 : 0;
      if ('phone' in row.values) {
        const phone = normalizePhone(row);
        if ('reason' in phone) return phone;
        values.phone = phone.phone;
      }
      return values;
    },
  });
