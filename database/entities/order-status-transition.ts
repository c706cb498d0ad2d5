import { Entity, PrimaryColumn } from 'typeorm';

/** The allowed order status changes, copied from shared/order-status.ts by the migration; a trigger enforces them. */
@Entity({ name: 'order_status_transitions' })
export class OrderStatusTransition {
  @PrimaryColumn({ type: 'text', name: 'from_status' })
  fromStatus!: string;

  @PrimaryColumn({ type: 'text', name: 'to_status' })
  toStatus!: string;
}
