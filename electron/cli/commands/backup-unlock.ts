import type { Unlock } from '../../backup/decode';
import { problemOf } from '../../backup/problems';
import { readManifest } from '../../backup/verify-backup';
import type { BackupManifest } from '../../backup/format';
import type { CliIO } from '../command';
import { readPassphrase } from './backup-passphrase';

/** Opens a backup's manifest, asking for the passphrase only when the backup is encrypted. */
export async function unlockBackup(path: string, io: CliIO): Promise<{ unlock: Unlock; manifest: BackupManifest }> {
  try {
    return { unlock: null, manifest: await readManifest(path, null) };
  } catch (error) {
    if (problemOf(error) !== 'passphraseRequired') throw error;
  }
  const unlock = { passphrase: await readPassphrase(io, 'Passphrase of this backup: ') };
  return { unlock, manifest: await readManifest(path, unlock) };
}
