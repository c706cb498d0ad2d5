import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Order } from './order';
import { Product } from './product';

/** One line of an order; its identity across stores is the order's uid and the line number. */
@Entity({ name: 'order_lines' })
@Unique('UQ_order_lines_order_line', ['orderId', 'lineNo'])
@Check('CHK_order_lines_line_no', '"line_no" > 0')
@Check('CHK_order_lines_quantity', '"quantity" > 0')
@Check('CHK_order_lines_price', '"unit_price_cents" >= 0 AND "tax_cents" >= 0')
@Check('CHK_order_lines_discount', '"discount_cents" >= 0 AND "discount_cents" <= "quantity" * "unit_price_cents"')
@Check('CHK_order_lines_tax_rate', '"tax_rate_bp" BETWEEN 0 AND 10000')
@Check('CHK_order_lines_total', '"total_cents" = "quantity" * "unit_price_cents" - "discount_cents" + "tax_cents"')
@Check('CHK_order_lines_discount_bp', '"discount_bp" IS NULL OR "discount_bp" BETWEEN 0 AND 10000')
@Check('CHK_order_lines_unit_cost', '"unit_cost_cents" IS NULL OR "unit_cost_cents" >= 0')
export class OrderLine {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'order_id' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Column({ type: 'integer', name: 'line_no' })
  lineNo!: number;

  @Index('IDX_order_lines_product')
  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'integer', name: 'unit_price_cents' })
  unitPriceCents!: number;

  @Column({ type: 'integer', name: 'discount_cents', default: 0 })
  discountCents!: number;

  /**
   * The percentage the discount was given at, when it was one (imported history): revenue is then
   * quantity × price × (1 − rate) exactly, while discount_cents is the rounded amount charged.
   */
  @Column({ type: 'integer', name: 'discount_bp', nullable: true })
  discountBp!: number | null;

  @Column({ type: 'integer', name: 'tax_rate_bp' })
  taxRateBp!: number;

  @Column({ type: 'integer', name: 'tax_cents' })
  taxCents!: number;

  @Column({ type: 'integer', name: 'total_cents' })
  totalCents!: number;

  /** What one unit cost the store when it was sold (the product's cost then, set by a trigger): margins subtract it. */
  @Column({ type: 'integer', name: 'unit_cost_cents', nullable: true })
  unitCostCents!: number | null;
}
