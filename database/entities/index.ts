import { AuditEntry } from './audit-entry';
import { Brand } from './brand';
import { Category } from './category';
import { Customer } from './customer';
import { Order } from './order';
import { OrderLine } from './order-line';
import { OrderStatusTransition } from './order-status-transition';
import { OutboxEntry } from './outbox-entry';
import { Payment } from './payment';
import { Product } from './product';
import { ProductSupplier } from './product-supplier';
import { RoleRow } from './role';
import { Setting } from './setting';
import { StaffMember } from './staff-member';
import { StockLevel } from './stock-level';
import { StockMovement } from './stock-movement';
import { Store } from './store';
import { Supplier } from './supplier';

export const entities = [
  AuditEntry,
  Brand,
  Category,
  Customer,
  Order,
  OrderLine,
  OrderStatusTransition,
  OutboxEntry,
  Payment,
  Product,
  ProductSupplier,
  RoleRow,
  Setting,
  StaffMember,
  StockLevel,
  StockMovement,
  Store,
  Supplier,
];

export {
  AuditEntry,
  Brand,
  Category,
  Customer,
  Order,
  OrderLine,
  OrderStatusTransition,
  OutboxEntry,
  Payment,
  Product,
  ProductSupplier,
  RoleRow,
  Setting,
  StaffMember,
  StockLevel,
  StockMovement,
  Store,
  Supplier,
};
