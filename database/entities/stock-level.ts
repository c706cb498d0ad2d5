import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LOW_STOCK_SQL, NOW_SQL } from '../columns';
import { Product } from './product';
import { Store } from './store';

/**
 * Stock on hand of one product in one store. Written only by the triggers on stock_movements
 * (and, at zero, when a product or store is created): the ledger is the truth, this is its sum.
 */
@Entity({ name: 'stock_levels' })
@Index('IDX_stock_levels_on_hand', ['storeId', 'onHand', 'productId'])
@Index('IDX_stock_levels_low', ['storeId', 'productId', 'onHand', 'effectiveReorderPoint'], { where: LOW_STOCK_SQL })
@Check('CHK_stock_levels_reorder_point', '"reorder_point" IS NULL OR "reorder_point" >= 0')
@Check('CHK_stock_levels_reorder_qty', '"reorder_qty" IS NULL OR "reorder_qty" >= 0')
export class StockLevel {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  @Index('IDX_stock_levels_product')
  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'integer', name: 'on_hand', default: 0 })
  onHand!: number;

  /** This store's reorder point and quantity; null means the product's own. */
  @Column({ type: 'integer', name: 'reorder_point', nullable: true })
  reorderPoint!: number | null;

  @Column({ type: 'integer', name: 'reorder_qty', nullable: true })
  reorderQty!: number | null;

  /**
   * The reorder point in force here (the store's own, else the product's), kept by triggers so
   * the partial index IDX_stock_levels_low holds exactly the rows at or below it.
   */
  @Column({ type: 'integer', name: 'effective_reorder_point', default: 0 })
  effectiveReorderPoint!: number;

  @Column({ type: 'text', name: 'updated_at', default: () => NOW_SQL })
  updatedAt!: string;
}
