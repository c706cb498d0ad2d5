import type { KindSpec } from '../fields';

/** Suppliers: matched by name or the source system's reference. */
export const suppliersKind: KindSpec = {
  kind: 'suppliers',
  label: 'Suppliers',
  naturalKeys: ['name', 'externalRef'],
  uniqueInFile: ['name', 'externalRef'],
  fields: [
    {
      key: 'externalRef',
      label: 'Reference',
      type: 'text',
      required: false,
      maxLength: 100,
      aliases: ['supplierid', 'supplierref', 'vendorid', 'reference', 'ref', 'id', 'externalref'],
    },
    {
      key: 'name',
      label: 'Name',
      type: 'text',
      required: true,
      maxLength: 120,
      aliases: ['name', 'suppliername', 'companyname', 'company', 'vendor', 'vendorname'],
    },
    {
      key: 'contactName',
      label: 'Contact',
      type: 'text',
      required: false,
      maxLength: 120,
      aliases: ['contact', 'contactname', 'contactperson'],
    },
    {
      key: 'email',
      label: 'Email',
      type: 'email',
      required: false,
      maxLength: 254,
      aliases: ['email', 'emailaddress', 'mail'],
    },
    {
      key: 'phone',
      label: 'Phone',
      type: 'text',
      required: false,
      maxLength: 40,
      aliases: ['phone', 'phonenumber', 'telephone', 'tel'],
    },
    {
      key: 'leadTimeDays',
      label: 'Lead time (days)',
      type: 'integer',
      required: false,
      min: 0,
      max: 365,
      aliases: ['leadtime', 'leadtimedays', 'deliverydays'],
    },
    {
      key: 'notes',
      label: 'Notes',
      type: 'text',
      required: false,
      maxLength: 2000,
      aliases: ['notes', 'note', 'comments', 'address'],
    },
  ],
};
