import { Entity, PrimaryColumn } from 'typeorm';

/** Allowed purchase order status changes, copied from shared/purchase-order-status.ts by the first migration. */
@Entity({ name: 'purchase_order_status_transitions' })
export class PurchaseOrderStatusTransition {
  @PrimaryColumn({ type: 'text', name: 'from_status' })
  fromStatus!: string;

  @PrimaryColumn({ type: 'text', name: 'to_status' })
  toStatus!: string;
}
