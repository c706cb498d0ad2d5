import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Stock on hand now in one store of the products of one category and brand (0 for none), and its
 * value at each product's cost now; only positive levels count. Kept by triggers (migration 0012).
 */
@Entity({ name: 'stock_value_groups', withoutRowid: true })
export class StockValueGroup {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'integer', name: 'category_id' })
  categoryId!: number;

  @PrimaryColumn({ type: 'integer', name: 'brand_id' })
  brandId!: number;

  @Column({ type: 'integer', default: 0 })
  units!: number;

  @Column({ type: 'integer', name: 'value_cents', default: 0 })
  valueCents!: number;
}
