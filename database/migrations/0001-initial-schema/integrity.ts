import { ORDER_STATUS_TRANSITIONS } from '../../../shared/order-status';
import { ROLES } from '../../../shared/roles';

/** Rows the schema depends on, plus the rules for the audit log, order statuses and categories. */
export const integrityStatements = [
  ...ROLES.map(
    (role, rank) =>
      `INSERT INTO "roles" ("code", "rank", "label") VALUES ('${role}', ${rank}, '${role[0]!.toUpperCase()}${role.slice(1)}')`,
  ),
  ...Object.entries(ORDER_STATUS_TRANSITIONS).flatMap(([from, targets]) =>
    targets.map(
      (to) => `INSERT INTO "order_status_transitions" ("from_status", "to_status") VALUES ('${from}', '${to}')`,
    ),
  ),
  `CREATE TRIGGER "trg_audit_log_no_update" BEFORE UPDATE ON "audit_log"
   BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
  `CREATE TRIGGER "trg_audit_log_no_delete" BEFORE DELETE ON "audit_log"
   BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
  `CREATE TRIGGER "trg_orders_status_transition" BEFORE UPDATE OF "status" ON "orders"
   WHEN OLD."status" <> NEW."status" AND NOT EXISTS (
     SELECT 1 FROM "order_status_transitions" WHERE "from_status" = OLD."status" AND "to_status" = NEW."status")
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: this order status change is not allowed'); END`,
  `CREATE TRIGGER "trg_orders_initial_status" BEFORE INSERT ON "orders"
   WHEN NEW."status" NOT IN ('pending', 'paid')
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: a new order is pending or paid'); END`,
  `CREATE UNIQUE INDEX "UQ_categories_sibling_name" ON "categories" (IFNULL("parent_id", 0), "name")`,
];
