import { Column } from 'typeorm';

/**
 * What the rollups sum about lines sold and returned (docs/analytics.md). Net revenue is in
 * ten-thousandths of a cent, exact, so sums round once; returned net revenue is what returns
 * refunded before tax, in the same unit. Cost is units × the line's unit cost at sale time.
 */
export abstract class SalesLineMeasures {
  @Column({ type: 'integer', default: 0 })
  units!: number;

  @Column({ type: 'integer', name: 'gross_cents', default: 0 })
  grossCents!: number;

  @Column({ type: 'integer', name: 'net_exact', default: 0 })
  netExact!: number;

  @Column({ type: 'integer', name: 'cost_cents', default: 0 })
  costCents!: number;

  @Column({ type: 'integer', name: 'returned_units', default: 0 })
  returnedUnits!: number;

  @Column({ type: 'integer', name: 'returned_net_exact', default: 0 })
  returnedNetExact!: number;

  @Column({ type: 'integer', name: 'returned_cost_cents', default: 0 })
  returnedCostCents!: number;
}
