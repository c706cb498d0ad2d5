import { migrations } from '../../database/migrations';

/** The names of this version's migrations, in order: a backup's schema version is one of them. */
const names = migrations.map((migration) => new migration().name ?? migration.name);

/** Whether a backup's database lacks migrations this version has (a restore brings it up to date). */
export function schemaIsOlder(schemaVersion: string | null): boolean {
  if (schemaVersion === null) return true;
  const index = names.indexOf(schemaVersion);
  return index !== -1 && index < names.length - 1;
}
