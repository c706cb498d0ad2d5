import type { KindSpec } from '../fields';

/** Customers: matched by email, phone or the source system's reference. */
export const customersKind: KindSpec = {
  kind: 'customers',
  label: 'Customers',
  naturalKeys: ['externalRef', 'email', 'phone'],
  // Phones are compared in their stored form, which depends on the phone country: the writer does it.
  uniqueInFile: ['externalRef', 'email'],
  fields: [
    {
      key: 'externalRef',
      label: 'Reference',
      type: 'text',
      required: false,
      maxLength: 100,
      aliases: ['customerid', 'customerref', 'customernumber', 'customerno', 'reference', 'ref', 'id', 'externalref'],
    },
    {
      key: 'firstName',
      label: 'First name',
      type: 'text',
      required: true,
      maxLength: 80,
      aliases: ['firstname', 'givenname', 'forename', 'first'],
      description: 'From a full name column, use the "first word" transform.',
    },
    {
      key: 'lastName',
      label: 'Last name',
      type: 'text',
      required: true,
      maxLength: 80,
      aliases: ['lastname', 'surname', 'familyname', 'last'],
      description: 'From a full name column, use the "after the first word" transform.',
    },
    {
      key: 'email',
      label: 'Email',
      type: 'email',
      required: false,
      maxLength: 254,
      aliases: ['email', 'emailaddress', 'mail', 'email1'],
    },
    {
      key: 'phone',
      label: 'Phone',
      type: 'text',
      required: false,
      maxLength: 40,
      aliases: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'cell'],
    },
    {
      key: 'marketingConsent',
      label: 'Marketing consent',
      type: 'boolean',
      required: false,
      aliases: ['marketingconsent', 'consent', 'optin', 'newsletter', 'subscribed'],
    },
    {
      key: 'notes',
      label: 'Notes',
      type: 'text',
      required: false,
      maxLength: 2000,
      aliases: ['notes', 'note', 'comments', 'comment', 'remarks'],
    },
  ],
};
