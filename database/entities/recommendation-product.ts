import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Product } from './product';

/** How many sales baskets held a product, each weighted by its age (electron/services/recommendations/decay.ts). */
@Entity({ name: 'recommendation_products' })
@Check('CHK_recommendation_products_weight', '"weight" > 0')
export class RecommendationProduct {
  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;

  @OneToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'FK_recommendation_products_product' })
  product?: Product;

  @Index('IDX_recommendation_products_weight')
  @Column({ type: 'real' })
  weight!: number;
}
