import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NOW_SQL } from '../columns';
import { Product } from './product';

/**
 * Every change of a product's price or cost, written by trigger from the product row itself (so
 * no code path can skip it) and never changed afterwards.
 */
@Entity({ name: 'price_changes' })
@Index('IDX_price_changes_product', ['productId', 'id'])
@Check('CHK_price_changes_field', `"field" IN ('price', 'cost')`)
export class PriceChange {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'text' })
  field!: string;

  @Column({ type: 'integer', name: 'old_cents' })
  oldCents!: number;

  @Column({ type: 'integer', name: 'new_cents' })
  newCents!: number;

  /** The staff member who saved the product (products.updated_by at the time); not a key: history outlives staff. */
  @Column({ type: 'integer', name: 'staff_id', nullable: true })
  staffId!: number | null;

  @Column({ type: 'text', name: 'changed_at', default: () => NOW_SQL })
  changedAt!: string;
}
