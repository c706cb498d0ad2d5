import { InitialSchema1764080000000 } from './0001-initial-schema';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [InitialSchema1764080000000];
