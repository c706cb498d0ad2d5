import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, JsonColumn, UidColumn, UpdatedAtColumn } from '../columns';
import { Brand } from './brand';
import { Category } from './category';

@Entity({ name: 'products' })
@Index('IDX_products_name', ['name', 'id'])
@Index('IDX_products_price', ['priceCents', 'id'])
@Index('IDX_products_updated', ['updatedAt', 'id'])
@Check('CHK_products_uid', 'length("uid") = 36')
@Check('CHK_products_sku', `length("sku") BETWEEN 1 AND 64`)
@Check('CHK_products_barcode', `"barcode" IS NULL OR length("barcode") BETWEEN 1 AND 64`)
@Check('CHK_products_price', '"price_cents" >= 0')
@Check('CHK_products_cost', '"cost_cents" >= 0')
@Check('CHK_products_tax_rate', '"tax_rate_bp" BETWEEN 0 AND 10000')
@Check('CHK_products_reorder', '"reorder_point" >= 0 AND "reorder_qty" >= 0')
@Check('CHK_products_backorder', '"allow_backorder" IN (0, 1)')
@Check('CHK_products_attributes', `json_valid("attributes") AND json_type("attributes") = 'object'`)
@Check('CHK_products_version', '"version" >= 1')
export class Product {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text', collation: 'NOCASE', unique: true })
  sku!: string;

  @Column({ type: 'text', nullable: true, unique: true })
  barcode!: string | null;

  @Column({ type: 'text', collation: 'NOCASE' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('IDX_products_category')
  @Column({ type: 'integer', name: 'category_id', nullable: true })
  categoryId!: number | null;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Category;

  @Index('IDX_products_brand')
  @Column({ type: 'integer', name: 'brand_id', nullable: true })
  brandId!: number | null;

  @ManyToOne(() => Brand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Brand;

  @Column({ type: 'integer', name: 'price_cents' })
  priceCents!: number;

  /** Moving average cost of what is on the shelf. */
  @Column({ type: 'integer', name: 'cost_cents', default: 0 })
  costCents!: number;

  /** Tax rate in basis points: 825 = 8.25 %. */
  @Column({ type: 'integer', name: 'tax_rate_bp', default: 0 })
  taxRateBp!: number;

  @Column({ type: 'integer', name: 'reorder_point', default: 0 })
  reorderPoint!: number;

  @Column({ type: 'integer', name: 'reorder_qty', default: 0 })
  reorderQty!: number;

  @Column({ type: 'integer', name: 'allow_backorder', default: 0 })
  allowBackorder!: number;

  /** Extra fields declared by the category, as a JSON object. */
  @JsonColumn('attributes', '{}')
  attributes!: string;

  /** Who saved the row last; the price history trigger records it with each change. */
  @Column({ type: 'integer', name: 'updated_by', nullable: true })
  updatedBy!: number | null;

  @Column({ type: 'text', name: 'archived_at', nullable: true })
  archivedAt!: string | null;

  /** Raised on every edit; a save carrying an older version is refused (optimistic concurrency). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
