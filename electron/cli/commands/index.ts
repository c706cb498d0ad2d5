import type { CliCommand } from '../command';
import { auditCommand } from './audit';
import { backupCommands } from './backup';
import { exportCommand } from './export';
import { importCommand } from './import';
import { rollupsCommand } from './rollups';
import { seedCommand } from './seed';
import { reconcileCommand } from './reconcile';
import { syncCommand } from './sync';

/** Every command of the admin CLI; later commands (import, export, backup, sync) register here. */
export const commands: readonly CliCommand[] = [
  seedCommand,
  importCommand,
  exportCommand,
  rollupsCommand,
  auditCommand,
  ...backupCommands,
  syncCommand,
  reconcileCommand,
];
