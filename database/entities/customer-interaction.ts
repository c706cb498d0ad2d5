import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Customer } from './customer';
import { Order } from './order';
import { Product } from './product';

/** A customer's contact with a product: viewed, added to cart, bought, rated. Feeds profiles and recommendations. */
@Entity({ name: 'customer_interactions' })
@Index('IDX_customer_interactions_customer', ['customerId', 'occurredAt'])
// A customer's suggestions read their latest events from this index alone (migration 0025).
@Index('IDX_customer_interactions_history', ['customerId', 'occurredAt', 'kind', 'orderId', 'productId', 'rating'])
@Index('IDX_customer_interactions_product', ['productId', 'kind'])
// An event recorded without an order is stored once (migration 0020): a replayed feed cannot inflate a customer's signals.
@Index('UQ_customer_interactions_event', ['customerId', 'productId', 'kind', 'occurredAt'], {
  unique: true,
  where: '"order_id" IS NULL',
})
@Check('CHK_customer_interactions_kind', `"kind" IN ('viewed', 'added_to_cart', 'bought', 'rated')`)
@Check(
  'CHK_customer_interactions_rating',
  `("kind" = 'rated') = ("rating" IS NOT NULL) AND IFNULL("rating", 1) BETWEEN 1 AND 5`,
)
@Check('CHK_customer_interactions_quantity', '"quantity" > 0')
export class CustomerInteraction {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'customer_id' })
  customerId!: number;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

  @Column({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'integer', default: 1 })
  quantity!: number;

  @Column({ type: 'integer', nullable: true })
  rating!: number | null;

  @Index('IDX_customer_interactions_order')
  @Column({ type: 'integer', name: 'order_id', nullable: true })
  orderId!: number | null;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Column({ type: 'text', name: 'occurred_at' })
  occurredAt!: string;
}
