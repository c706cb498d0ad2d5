import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The phone as search tokens: its digits, then the same digits without the first one, two and
 * three, so a number typed without its country code ("555 0134" for +1 555 0134) still matches
 * as a prefix. Spaces separate the tokens.
 */
function phoneTokens(phone: string): string {
  const digits = `REPLACE(IFNULL(${phone}, ''), '+', '')`;
  const shorter = [2, 3, 4].map((from) => `' ' || substr(${digits}, ${from})`);
  return `CASE WHEN ${phone} IS NULL THEN '' ELSE ${digits} || ${shorter.join(' || ')} END`;
}

/**
 * The part of the email before the @: it names the person, while the domain is shared by
 * thousands ("example.com" would be a word in most rows and make every typed email slow).
 */
function emailLocalPart(email: string): string {
  return `IFNULL(substr(${email}, 1, instr(${email}, '@') - 1), '')`;
}

const indexRow = (row: 'NEW' | 'c') => `
  SELECT ${row}."id", ${row}."first_name", ${row}."last_name", ${emailLocalPart(`${row}."email"`)},
    ${phoneTokens(`${row}."phone"`)}`;

/**
 * Full-text search over customers (first and last name, the email's local part, phone) for the
 * till's search-as-you-type: prefix indexes make one to three typed letters as cheap as whole
 * words. The FTS rowid is the customer id; triggers keep it in step with the customers table.
 */
export class CustomerSearch1764200000000 implements MigrationInterface {
  name = 'CustomerSearch1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE VIRTUAL TABLE "customer_search" USING fts5(
         "first_name", "last_name", "email", "phone",
         tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')`,
      `INSERT INTO "customer_search" ("rowid", "first_name", "last_name", "email", "phone") ${indexRow('c')} FROM "customers" c`,
      `CREATE TRIGGER "trg_customers_search_insert" AFTER INSERT ON "customers"
       BEGIN INSERT INTO "customer_search" ("rowid", "first_name", "last_name", "email", "phone") ${indexRow('NEW')}; END`,
      `CREATE TRIGGER "trg_customers_search_update" AFTER UPDATE OF "first_name", "last_name", "email", "phone" ON "customers"
       BEGIN
         DELETE FROM "customer_search" WHERE "rowid" = OLD."id";
         INSERT INTO "customer_search" ("rowid", "first_name", "last_name", "email", "phone") ${indexRow('NEW')};
       END`,
      `CREATE TRIGGER "trg_customers_search_delete" AFTER DELETE ON "customers"
       BEGIN DELETE FROM "customer_search" WHERE "rowid" = OLD."id"; END`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
