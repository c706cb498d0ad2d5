import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Product } from './product';
import { StockTransfer } from './stock-transfer';

/** One product of a transfer; a received quantity that differs from the sent one is a recorded discrepancy. */
@Entity({ name: 'stock_transfer_lines' })
@Unique('UQ_stock_transfer_lines_product', ['transferId', 'productId'])
@Check('CHK_stock_transfer_lines_sent', '"quantity_sent" > 0')
@Check('CHK_stock_transfer_lines_received', '"quantity_received" IS NULL OR "quantity_received" >= 0')
export class StockTransferLine {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'transfer_id' })
  transferId!: number;

  @ManyToOne(() => StockTransfer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transfer_id' })
  transfer?: StockTransfer;

  @Index('IDX_stock_transfer_lines_product')
  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'integer', name: 'quantity_sent' })
  quantitySent!: number;

  @Column({ type: 'integer', name: 'quantity_received', nullable: true })
  quantityReceived!: number | null;
}
