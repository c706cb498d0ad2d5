import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Product } from './product';
import { Supplier } from './supplier';

/** Who sells us a product, under which code, at what cost. */
@Entity({ name: 'product_suppliers' })
@Check('CHK_product_suppliers_cost', '"cost_cents" >= 0')
export class ProductSupplier {
  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Index('IDX_product_suppliers_supplier')
  @PrimaryColumn({ type: 'integer', name: 'supplier_id' })
  supplierId!: number;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ type: 'text', name: 'supplier_sku', nullable: true })
  supplierSku!: string | null;

  @Column({ type: 'integer', name: 'cost_cents' })
  costCents!: number;
}
