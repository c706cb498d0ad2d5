import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn } from '../columns';
import { Order } from './order';
import { Product } from './product';
import { PurchaseOrder } from './purchase-order';
import { StaffMember } from './staff-member';
import { StockCount } from './stock-count';
import { StockTransfer } from './stock-transfer';
import { Store } from './store';

/**
 * The append-only stock ledger: every change of stock is one row. Triggers refuse UPDATE and
 * DELETE, keep stock_levels equal to the sum of the ledger and refuse negative stock unless the
 * product allows backorders.
 */
@Entity({ name: 'stock_movements' })
@Index('IDX_stock_movements_product', ['productId', 'storeId', 'id'])
@Index('IDX_stock_movements_store_time', ['storeId', 'occurredAt'])
// Sales velocity per product (low stock, reorder suggestions) read from the index alone.
@Index('IDX_stock_movements_sales', ['productId', 'storeId', 'kind', 'occurredAt', 'quantity'])
@Check('CHK_stock_movements_uid', 'length("uid") = 36')
@Check('CHK_stock_movements_kind', `"kind" IN ('receipt', 'sale', 'return', 'adjustment', 'count', 'transfer')`)
@Check('CHK_stock_movements_quantity', '"quantity" <> 0')
@Check(
  'CHK_stock_movements_sign',
  `("kind" IN ('receipt', 'return') AND "quantity" > 0) OR ("kind" = 'sale' AND "quantity" < 0) OR "kind" IN ('adjustment', 'count', 'transfer')`,
)
@Check(
  'CHK_stock_movements_reason',
  `("kind" = 'adjustment' AND IFNULL("reason", '') IN ('damaged', 'expired', 'theft', 'correction')) OR ("kind" <> 'adjustment' AND "reason" IS NULL)`,
)
@Check('CHK_stock_movements_unit_cost', '"unit_cost_cents" IS NULL OR "unit_cost_cents" >= 0')
export class StockMovement {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Signed change of stock on hand. */
  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'integer', name: 'unit_cost_cents', nullable: true })
  unitCostCents!: number | null;

  @Index('IDX_stock_movements_order')
  @Column({ type: 'integer', name: 'order_id', nullable: true })
  orderId!: number | null;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Index('IDX_stock_movements_purchase_order')
  @Column({ type: 'integer', name: 'purchase_order_id', nullable: true })
  purchaseOrderId!: number | null;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'purchase_order_id' })
  purchaseOrder?: PurchaseOrder;

  @Index('IDX_stock_movements_transfer')
  @Column({ type: 'integer', name: 'transfer_id', nullable: true })
  transferId!: number | null;

  @ManyToOne(() => StockTransfer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transfer_id' })
  transfer?: StockTransfer;

  @Index('IDX_stock_movements_stock_count')
  @Column({ type: 'integer', name: 'stock_count_id', nullable: true })
  stockCountId!: number | null;

  @ManyToOne(() => StockCount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stock_count_id' })
  stockCount?: StockCount;

  @Index('IDX_stock_movements_staff')
  @Column({ type: 'integer', name: 'staff_id', nullable: true })
  staffId!: number | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', name: 'occurred_at' })
  occurredAt!: string;

  @CreatedAtColumn()
  createdAt!: string;
}
