import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A store's sales in one hour of its clock over one month (as SalesStoreHour, by month). Kept by triggers (migration 0018). */
@Entity({ name: 'sales_store_hour_months', withoutRowid: true })
@Check('CHK_sales_store_hour_months_month', 'length("month") = 7')
@Check('CHK_sales_store_hour_months_hour', '"hour" BETWEEN 0 AND 23')
export class SalesStoreHourMonth {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  month!: string;

  @PrimaryColumn({ type: 'integer' })
  hour!: number;

  @Column({ type: 'integer', name: 'sale_orders', default: 0 })
  saleOrders!: number;

  @Column({ type: 'integer', default: 0 })
  units!: number;

  @Column({ type: 'integer', name: 'net_exact', default: 0 })
  netExact!: number;
}
