import type { KindSpec } from '../../../shared/import/fields';
import { findField } from '../../../shared/import/fields';
import type { ImportOptions } from './OptionsStep';

/** One sentence saying what pressing Start will do, so nobody imports with the wrong options by accident. */
export function describeRun(fileName: string, spec: KindSpec, options: ImportOptions): string {
  const key = options.naturalKey ?? spec.naturalKeys[0];
  const keyLabel = key ? (findField(spec, key)?.label ?? key) : 'their key';
  const existing = {
    insert: 'only new records are added',
    upsert: `records matched by ${keyLabel} are updated, the others added`,
    skip: `records matched by ${keyLabel} are left as they are, the others added`,
  }[options.mode];
  const problems = options.atomic
    ? 'if any row has a problem, nothing is imported'
    : 'rows with problems are rejected and the valid ones imported';
  const action = options.dryRun ? 'Dry run of' : 'Import';
  return `${action} “${fileName}” as ${spec.label.toLowerCase()}: ${existing}; ${problems}.${options.dryRun ? ' Nothing will be saved.' : ''}`;
}
