import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Sales placed in one local hour of a store's day: the hour-of-day and day-of-week charts. Kept by triggers (migration 0010). */
@Entity({ name: 'sales_store_hours', withoutRowid: true })
@Check('CHK_sales_store_hours_day', 'length("day") = 10')
@Check('CHK_sales_store_hours_hour', '"hour" BETWEEN 0 AND 23')
export class SalesStoreHour {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  day!: string;

  @PrimaryColumn({ type: 'integer' })
  hour!: number;

  @Column({ type: 'integer', name: 'sale_orders', default: 0 })
  saleOrders!: number;

  @Column({ type: 'integer', default: 0 })
  units!: number;

  /** Ten-thousandths of a cent, exact. */
  @Column({ type: 'integer', name: 'net_exact', default: 0 })
  netExact!: number;
}
