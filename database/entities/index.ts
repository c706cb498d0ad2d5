import { AuditEntry } from './audit-entry';
import { Brand } from './brand';
import { Category } from './category';
import { Customer } from './customer';
import { CustomerInteraction } from './customer-interaction';
import { CustomerSegment } from './customer-segment';
import { DiscountApproval } from './discount-approval';
import { Order } from './order';
import { OrderLine } from './order-line';
import { OrderReturn } from './order-return';
import { OrderReturnLine } from './order-return-line';
import { OrderReturnRefund } from './order-return-refund';
import { OrderStatusChange } from './order-status-change';
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
import { StoreCreditEntry } from './store-credit-entry';
import { Supplier } from './supplier';

export const entities = [
  AuditEntry,
  Brand,
  Category,
  Customer,
  CustomerInteraction,
  CustomerSegment,
  DiscountApproval,
  Order,
  OrderLine,
  OrderReturn,
  OrderReturnLine,
  OrderReturnRefund,
  OrderStatusChange,
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
  StoreCreditEntry,
  Supplier,
];

export {
  AuditEntry,
  Brand,
  Category,
  Customer,
  CustomerInteraction,
  CustomerSegment,
  DiscountApproval,
  Order,
  OrderLine,
  OrderReturn,
  OrderReturnLine,
  OrderReturnRefund,
  OrderStatusChange,
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
  StoreCreditEntry,
  Supplier,
};
