import type { DataSource } from 'typeorm';
import type { SeedScale } from '../../database/seed';

/** One measured figure. `baseline` is the same measurement done the old way; `ratio` = value / baseline. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

export interface BenchContext {
  dataSource: DataSource;
  scale: SeedScale;
  /** The store whose view is measured (the chain's first). */
  storeId: number;
}

/** A group of related measurements; suites register themselves in suites/index.ts. */
export interface BenchSuite {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchFigure[]> | BenchFigure[];
}
