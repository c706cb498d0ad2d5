import { readPhoneCountry } from '../../services/customers/phone-country';
import type { ImportValue, WriterFactory } from '../writer';
import { storedPhone } from './contact-values';
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
 * when a clerk signs one up; consent is no unless the file says yes. Phones are compared within
 * the file in their stored form, so "06 12345678" and "+31 6 12345678" on two rows are one phone
 * twice, not an update of the first row's customer by the second.
 */
export const customersWriter: WriterFactory = (ctx) => {
  const country = readPhoneCountry(ctx.sql);
  const rowOfPhone = new Map<string, number>();
  return recordWriter(ctx, {
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
        const phone = storedPhone(row, country);
        if ('reason' in phone) return phone;
        const firstRow = phone.phone === null ? undefined : rowOfPhone.get(phone.phone);
        if (firstRow !== undefined) {
          return {
            rowNumber: row.rowNumber,
            column: 'phone',
            value: String(row.values.phone),
            reason: `is already on row ${firstRow} of the file; each may appear only once`,
          };
        }
        if (phone.phone !== null) rowOfPhone.set(phone.phone, row.rowNumber);
        values.phone = phone.phone;
      }
      return values;
    },
  });
};
