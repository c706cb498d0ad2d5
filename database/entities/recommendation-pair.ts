import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Product } from './product';

/** How often two products shared a sales basket, weighted by age: a product's neighbours for recommendations. */
@Entity({ name: 'recommendation_pairs', withoutRowid: true })
@Check('CHK_recommendation_pairs_weight', '"weight" > 0')
@Check('CHK_recommendation_pairs_distinct', '"product_id" <> "other_id"')
export class RecommendationPair {
  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'FK_recommendation_pairs_product' })
  product?: Product;

  @PrimaryColumn({ type: 'integer', name: 'other_id' })
  otherId!: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_id', foreignKeyConstraintName: 'FK_recommendation_pairs_other' })
  other?: Product;

  @Column({ type: 'real' })
  weight!: number;
}
