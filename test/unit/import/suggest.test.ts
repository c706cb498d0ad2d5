import { describe, expect, it } from 'vitest';
import { importKinds } from '../../../shared/import/kinds';
import { normalizeHeader, suggestMapping } from '../../../shared/import/suggest';

describe('mapping suggestions from a header', () => {
  it('compares headers without case, spaces or punctuation', () => {
    expect(normalizeHeader('Unit_Price ')).toBe('unitprice');
    expect(normalizeHeader('E-mail')).toBe('email');
  });

  it('maps Northwind-like product headers', () => {
    const mapping = suggestMapping(importKinds.products, [
      'ProductID',
      'ProductName',
      'UnitPrice',
      'ReorderLevel',
      'Notes',
    ]);
    expect(mapping).toEqual({
      sku: { column: 'ProductID' },
      name: { column: 'ProductName' },
      price: { column: 'UnitPrice' },
      reorderPoint: { column: 'ReorderLevel' },
    });
  });

  it('splits a single full-name column into first and last name', () => {
    const mapping = suggestMapping(importKinds.customers, ['Customer ID', 'Name', 'E-mail', 'Telephone']);
    expect(mapping).toEqual({
      externalRef: { column: 'Customer ID' },
      firstName: { column: 'Name', transforms: ['firstWord'] },
      lastName: { column: 'Name', transforms: ['afterFirstWord'] },
      email: { column: 'E-mail' },
      phone: { column: 'Telephone' },
    });
  });

  it('gives each column to one field only', () => {
    const mapping = suggestMapping(importKinds.suppliers, ['Company Name', 'Contact Name', 'Phone']);
    expect(mapping.name).toEqual({ column: 'Company Name' });
    expect(mapping.contactName).toEqual({ column: 'Contact Name' });
    expect(Object.values(mapping).filter((field) => field.column === 'Company Name')).toHaveLength(1);
  });
});
