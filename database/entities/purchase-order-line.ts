import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Product } from './product';
import { PurchaseOrder } from './purchase-order';

/** What was ordered and what has arrived; receiving more than ordered is allowed and recorded. */
@Entity({ name: 'purchase_order_lines' })
@Unique('UQ_purchase_order_lines_product', ['purchaseOrderId', 'productId'])
@Check('CHK_purchase_order_lines_ordered', '"quantity_ordered" > 0')
@Check('CHK_purchase_order_lines_received', '"quantity_received" >= 0')
@Check('CHK_purchase_order_lines_cost', '"unit_cost_cents" >= 0')
export class PurchaseOrderLine {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'purchase_order_id' })
  purchaseOrderId!: number;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'purchase_order_id' })
  purchaseOrder?: PurchaseOrder;

  @Index('IDX_purchase_order_lines_product')
  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'integer', name: 'quantity_ordered' })
  quantityOrdered!: number;

  @Column({ type: 'integer', name: 'quantity_received', default: 0 })
  quantityReceived!: number;

  @Column({ type: 'integer', name: 'unit_cost_cents' })
  unitCostCents!: number;
}
