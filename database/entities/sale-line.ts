import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { OrderLine } from './order-line';

/**
 * A line of a sale with its store and time, net of the units that came back: what sales velocity
 * reads through one covering index. Kept by triggers (migration 0005) by shared/sales.ts.
 */
@Entity({ name: 'sale_lines' })
@Index('IDX_sale_lines_velocity', ['storeId', 'productId', 'placedAt', 'quantity'])
@Check('CHK_sale_lines_quantity', '"quantity" > 0')
export class SaleLine {
  @PrimaryColumn({ type: 'integer', name: 'order_line_id' })
  orderLineId!: number;

  @OneToOne(() => OrderLine, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_line_id', foreignKeyConstraintName: 'FK_sale_lines_order_line' })
  orderLine?: OrderLine;

  @Column({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @Column({ type: 'text', name: 'placed_at' })
  placedAt!: string;

  /** Units sold less units returned so far; a line with every unit back has no row. */
  @Column({ type: 'integer' })
  quantity!: number;
}
