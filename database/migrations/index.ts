import { InitialSchema1764080000000 } from './0001-initial-schema';
import { SalesAndCustomers1764100000000 } from './0002-sales-and-customers';
import { CustomerSearch1764200000000 } from './0003-customer-search';
import { LowStockIndex1764300000000 } from './0004-low-stock-index';
import { StoreLocalSales1764400000000 } from './0005-store-local-sales';
import { ProductTrigramSearch1764500000000 } from './0006-product-trigram-search';
import { SyncOutbox1764600000000 } from './0007-sync-outbox';
import { Jobs1764700000000 } from './0008-jobs';
import { ImportReferences1764800000000 } from './0009-import-references';
import { SalesRollups1764900000000 } from './0010-sales-rollups';
import { SalesRollupGrains1765000000000 } from './0011-sales-rollup-grains';
import { StockValueRollup1765100000000 } from './0012-stock-value-rollup';
import { StoreProductRankIndexes1765200000000 } from './0013-store-product-rank-indexes';
import { StoreCustomerRanks1765250000000 } from './0014-store-customer-ranks';
import { AuditChain1765300000000 } from './0015-audit-chain';
import { StaffAccess1765400000000 } from './0016-staff-access';
import { Messaging1765500000000 } from './0017-messaging';
import { StoreHourMonths1765600000000 } from './0018-store-hour-months';
import { StoreCategoryBrands1765650000000 } from './0019-store-category-brands';
import { Recommendations1765720000000 } from './0020-recommendations';
import { CustomerDayVersions1765800000000 } from './0021-customer-day-versions';
import { InteractionPairs1765900000000 } from './0022-interaction-pairs';
import { ProductFirstRankIndexes1766000000000 } from './0023-product-first-rank-indexes';
import { CustomerDaysOnly1766100000000 } from './0024-customer-days-only';
import { CustomerHistoryIndex1766500000000 } from './0025-customer-history-index';
import { SessionMerges1766600000000 } from './0026-session-merges';
import { CustomerInteractionTotals1766700000000 } from './0027-customer-interaction-totals';
import { AnonymizedCustomerMessages1766800000000 } from './0028-anonymized-customer-messages';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [
  InitialSchema1764080000000,
  SalesAndCustomers1764100000000,
  CustomerSearch1764200000000,
  LowStockIndex1764300000000,
  StoreLocalSales1764400000000,
  ProductTrigramSearch1764500000000,
  SyncOutbox1764600000000,
  Jobs1764700000000,
  ImportReferences1764800000000,
  SalesRollups1764900000000,
  SalesRollupGrains1765000000000,
  StockValueRollup1765100000000,
  StoreProductRankIndexes1765200000000,
  StoreCustomerRanks1765250000000,
  AuditChain1765300000000,
  StaffAccess1765400000000,
  Messaging1765500000000,
  StoreHourMonths1765600000000,
  StoreCategoryBrands1765650000000,
  Recommendations1765720000000,
  CustomerDayVersions1765800000000,
  InteractionPairs1765900000000,
  ProductFirstRankIndexes1766000000000,
  CustomerDaysOnly1766100000000,
  CustomerHistoryIndex1766500000000,
  SessionMerges1766600000000,
  CustomerInteractionTotals1766700000000,
  AnonymizedCustomerMessages1766800000000,
];
