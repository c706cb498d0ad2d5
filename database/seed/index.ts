export { seedDatabase, type SeedOptions, type SeedSummary } from './seed-database';
export { SEED_SCALES, SEED_VERSION, isSeedScale, type SeedScale } from './scales';
export type { SeedProgress } from './seed-context';
export { DEMO_PASSWORD } from './staff';
