import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Category } from './category';
import { Product } from './product';
import { StaffMember } from './staff-member';

/** A product, or a whole category with its subcategories, that is never suggested (tobacco, say). */
@Entity({ name: 'recommendation_exclusions' })
@Check('CHK_recommendation_exclusions_target', '("product_id" IS NULL) <> ("category_id" IS NULL)')
@Index('UQ_recommendation_exclusions_product', ['productId'], { unique: true, where: '"product_id" IS NOT NULL' })
@Index('UQ_recommendation_exclusions_category', ['categoryId'], { unique: true, where: '"category_id" IS NOT NULL' })
export class RecommendationExclusion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'product_id', nullable: true })
  productId!: number | null;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'FK_recommendation_exclusions_product' })
  product?: Product;

  @Column({ type: 'integer', name: 'category_id', nullable: true })
  categoryId!: number | null;

  @ManyToOne(() => Category, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'FK_recommendation_exclusions_category' })
  category?: Category;

  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_recommendation_exclusions_staff' })
  creator?: StaffMember;

  @Column({ type: 'text', name: 'created_at' })
  createdAt!: string;
}
