import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, JsonColumn, UidColumn, UpdatedAtColumn } from '../columns';

/** A node of the category tree. */
@Entity({ name: 'categories' })
// Sibling names are unique: an expression index (IFNULL(parent_id, 0), name) the migration creates.
@Index('UQ_categories_sibling_name', { synchronize: false })
@Check('CHK_categories_uid', 'length("uid") = 36')
@Check('CHK_categories_not_own_parent', '"parent_id" IS NULL OR "parent_id" <> "id"')
@Check('CHK_categories_attribute_schema', `json_valid("attribute_schema") AND json_type("attribute_schema") = 'array'`)
export class Category {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Index('IDX_categories_parent')
  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Category;

  @Column({ type: 'text', collation: 'NOCASE' })
  name!: string;

  /** Extra product fields this category declares: [{key, label, type, choices?}]. */
  @JsonColumn('attribute_schema', '[]')
  attributeSchema!: string;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
