import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Product } from './product';
import { StaffMember } from './staff-member';

/** A promoted product a manager put at the top of every suggestion list it is allowed in. */
@Entity({ name: 'recommendation_pins' })
export class RecommendationPin {
  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;

  @OneToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'FK_recommendation_pins_product' })
  product?: Product;

  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_recommendation_pins_staff' })
  creator?: StaffMember;

  @Column({ type: 'text', name: 'created_at' })
  createdAt!: string;
}
