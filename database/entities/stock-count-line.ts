import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Product } from './product';
import { StockCount } from './stock-count';

@Entity({ name: 'stock_count_lines' })
@Unique('UQ_stock_count_lines_product', ['stockCountId', 'productId'])
@Check('CHK_stock_count_lines_counted', '"counted" >= 0')
export class StockCountLine {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'stock_count_id' })
  stockCountId!: number;

  @ManyToOne(() => StockCount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stock_count_id' })
  stockCount?: StockCount;

  @Index('IDX_stock_count_lines_product')
  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  /** Stock on hand when the count was applied. */
  @Column({ type: 'integer' })
  expected!: number;

  @Column({ type: 'integer' })
  counted!: number;
}
