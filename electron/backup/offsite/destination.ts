import type { OffsiteSettingsView } from '../../../shared/contract/backups-offsite';

/** The bucket's settings, as the contract defines them (shared/contract/backups-offsite.ts). */
export { offsiteSettings as offsiteSettingsSchema } from '../../../shared/contract/backups-offsite';
export type OffsiteSettings = OffsiteSettingsView;

/** A destination a client can be made of: the settings and the secret they need, joined only here. */
export interface OffsiteDestination extends OffsiteSettings {
  secretAccessKey: string;
}

/** A backup's object key: the prefix, then the backup's own file name (which says when it was taken). */
export function objectKey(destination: Pick<OffsiteSettings, 'prefix'>, name: string): string {
  return destination.prefix === '' ? name : `${destination.prefix}/${name}`;
}

/** The start every listed key must have: the prefix and its slash, so `shop` never lists `shop2/…`. */
export function keyPrefix(destination: Pick<OffsiteSettings, 'prefix'>): string {
  return destination.prefix === '' ? '' : `${destination.prefix}/`;
}
