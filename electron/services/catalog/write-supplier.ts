import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { catalogChannels } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { newUid } from '../../../database/ids';
import type { CatalogWriter } from './catalog-writer';
import { loadSupplier } from './suppliers';
import { prepared } from '../../../database/prepared';

export type NewSupplier = z.output<(typeof catalogChannels)['suppliers.create']['input']>;
export type SupplierUpdate = z.output<(typeof catalogChannels)['suppliers.update']['input']>;

export function createSupplier(writer: CatalogWriter, input: NewSupplier): number {
  requireFreeSupplierName(writer.sql, input.name, null);
  const result = prepared(
    writer.sql,
    `INSERT INTO "suppliers"
       ("uid", "name", "contact_name", "email", "phone", "lead_time_days", "notes", "created_at", "updated_at")
     VALUES (@uid, @name, @contactName, @email, @phone, @leadTimeDays, @notes, @now, @now)`,
  ).run({
    uid: newUid(Date.parse(writer.now)),
    name: input.name,
    contactName: input.contactName ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    leadTimeDays: input.leadTimeDays,
    notes: input.notes ?? null,
    now: writer.now,
  });
  return Number(result.lastInsertRowid);
}

/** Fields left out keep their value; returns the names of the fields that changed. */
export function updateSupplier(writer: CatalogWriter, input: SupplierUpdate): string[] {
  const current = loadSupplier(writer.sql, input.id);
  if (input.name !== undefined) requireFreeSupplierName(writer.sql, input.name, input.id);
  const next = {
    name: input.name ?? current.name,
    contactName: input.contactName === undefined ? current.contactName : input.contactName,
    email: input.email === undefined ? current.email : input.email,
    phone: input.phone === undefined ? current.phone : input.phone,
    leadTimeDays: input.leadTimeDays ?? current.leadTimeDays,
    notes: input.notes === undefined ? current.notes : input.notes,
  };
  prepared(
    writer.sql,
    `UPDATE "suppliers" SET "name" = @name, "contact_name" = @contactName, "email" = @email, "phone" = @phone,
       "lead_time_days" = @leadTimeDays, "notes" = @notes, "updated_at" = @now
     WHERE "id" = @id`,
  ).run({ ...next, id: input.id, now: writer.now });
  return (Object.keys(next) as (keyof typeof next)[]).filter((field) => next[field] !== current[field]);
}

function requireFreeSupplierName(sql: Database.Database, name: string, exceptId: number | null): void {
  if (prepared(sql, 'SELECT 1 FROM "suppliers" WHERE "name" = ? AND "id" IS NOT ?').get(name, exceptId)) {
    throw new AppError('CONFLICT', `There is already a supplier called "${name}".`, { field: 'name' });
  }
}
