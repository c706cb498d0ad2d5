/** One step of head office's schema: statements run in order, in one transaction. */
export interface HqMigration {
  /** Recorded in hq_migrations once applied; never renamed or edited once shipped. */
  name: string;
  statements: readonly string[];
}
