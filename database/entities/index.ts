import { AuditEntry } from './audit-entry';
import { Brand } from './brand';
import { Category } from './category';
import { Customer } from './customer';
import { Order } from './order';
import { OrderLine } from './order-line';
import { OrderStatusTransition } from './order-status-transition';
import { OutboxEntry } from './outbox-entry';
import { Payment } from './payment';
import { PriceChange } from './price-change';
import { Product } from './product';
import { ProductSupplier } from './product-supplier';
import { PurchaseOrder } from './purchase-order';
import { PurchaseOrderLine } from './purchase-order-line';
import { PurchaseOrderStatusTransition } from './purchase-order-status-transition';
import { RoleRow } from './role';
import { Setting } from './setting';
import { StaffMember } from './staff-member';
import { StockCount } from './stock-count';
import { StockCountLine } from './stock-count-line';
import { StockLevel } from './stock-level';
import { StockMovement } from './stock-movement';
import { StockTransfer } from './stock-transfer';
import { StockTransferLine } from './stock-transfer-line';
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
  PriceChange,
  Product,
  ProductSupplier,
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderStatusTransition,
  RoleRow,
  Setting,
  StaffMember,
  StockCount,
  StockCountLine,
  StockLevel,
  StockMovement,
  StockTransfer,
  StockTransferLine,
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
  PriceChange,
  Product,
  ProductSupplier,
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderStatusTransition,
  RoleRow,
  Setting,
  StaffMember,
  StockCount,
  StockCountLine,
  StockLevel,
  StockMovement,
  StockTransfer,
  StockTransferLine,
  Store,
  Supplier,
};
