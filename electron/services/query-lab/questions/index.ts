import type { QuestionId } from '../../../../shared/contract/query-lab';
import {
  neverPurchased,
  ordersPerCustomer,
  spendBands,
  topCustomersByInteractions,
  topCustomersBySpend,
} from './customers';
import { interactionTimes } from './interaction-times';
import { lowStock, popularProducts, topBrands } from './products';
import type { Question } from './question';
import { marginByCategory, promotionEffect, salesByStore } from './trade';

/** Every ready-made question, by the id the contract names it with. */
export const questions: Record<QuestionId, Question> = {
  topCustomersBySpend,
  topCustomersByInteractions,
  popularProducts,
  topBrands,
  neverPurchased,
  lowStock,
  interactionTimes,
  spendBands,
  ordersPerCustomer,
  salesByStore,
  promotionEffect,
  marginByCategory,
};
