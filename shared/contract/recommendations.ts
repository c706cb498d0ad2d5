import { z } from 'zod';
import { channel } from './channel';
import { empty, id, isoTimestamp } from './common';

/**
 * Recommendations: suggestions for a customer, for a basket at the till and for a product page,
 * each with the reason it is there; the manager's exclusions and pins; the full rebuild.
 */

/**
 * Why a product is suggested. `buy_again`: the customer bought it before (`times`). `you_bought`,
 * `you_carted`, `you_viewed`, `you_rated`: it goes with a product (`productId`) the customer
 * bought, put in a cart, looked at or rated well. `bought_together`: baskets with a product of
 * the basket or page (`productId`) often hold it. `viewed_together`: customers often look at,
 * cart or rate it the same day as that product (`productId`). `popular`: a best seller, for lack of anything
 * better. `promoted`: a manager pinned it.
 */
export const SUGGESTION_REASON_KINDS = [
  'buy_again',
  'you_bought',
  'you_carted',
  'you_viewed',
  'you_rated',
  'bought_together',
  'viewed_together',
  'popular',
  'promoted',
] as const;
export type SuggestionReasonKind = (typeof SUGGESTION_REASON_KINDS)[number];

const productRef = z.object({ id, name: z.string(), sku: z.string() });

export const suggestion = z.object({
  product: productRef.extend({ priceCents: z.number().int() }),
  score: z.number(),
  reason: z.object({
    kind: z.enum(SUGGESTION_REASON_KINDS),
    /** The product behind the reason, for the `you_*`, `bought_together` and `viewed_together` kinds. */
    because: productRef.nullable(),
    times: z.number().int().nullable(),
  }),
});
export type Suggestion = z.infer<typeof suggestion>;

const suggestions = z.object({ items: z.array(suggestion) });
const limit = z.number().int().min(1).max(50).default(10);

export const recommendationRules = z.object({
  exclusions: z.array(
    z.object({
      id,
      product: productRef.nullable(),
      category: z.object({ id, name: z.string() }).nullable(),
      createdAt: isoTimestamp,
    }),
  ),
  pins: z.array(
    z.object({
      product: productRef,
      createdAt: isoTimestamp,
      /** False while an exclusion (of it or its category) or its archiving keeps it out of every list. */
      shown: z.boolean(),
    }),
  ),
});
export type RecommendationRules = z.infer<typeof recommendationRules>;

export const recommendationsChannels = {
  /** "Suggested for this customer": what they buy again, what goes with their history, else best sellers. */
  'recommendations.forCustomer': channel({
    input: z.strictObject({ customerId: id, limit }),
    output: suggestions,
    access: 'clerk',
    writes: false,
  }),
  /** "Customers also bought" for the basket being rung up; nothing when no basket product has neighbours. */
  'recommendations.forBasket': channel({
    input: z.strictObject({ productIds: z.array(id).min(1).max(200), limit }),
    output: suggestions,
    access: 'clerk',
    writes: false,
  }),
  /** "Bought together" on a product's page. */
  'recommendations.forProduct': channel({
    input: z.strictObject({ productId: id, limit }),
    output: suggestions,
    access: 'clerk',
    writes: false,
  }),
  'recommendations.rules': channel({ input: empty, output: recommendationRules, access: 'manager', writes: false }),
  /** Never suggest a product, or every product of a category and its subcategories. */
  'recommendations.exclude': channel({
    input: z
      .strictObject({ productId: id.optional(), categoryId: id.optional() })
      .refine((input) => (input.productId === undefined) !== (input.categoryId === undefined), {
        message: 'Exclude either a product or a category',
        path: ['productId'],
      }),
    output: recommendationRules,
    access: 'manager',
    writes: true,
  }),
  'recommendations.removeExclusion': channel({
    input: z.strictObject({ id }),
    output: recommendationRules,
    access: 'manager',
    writes: true,
  }),
  /** Put a promoted product first in every list it is not excluded from. */
  'recommendations.pin': channel({
    input: z.strictObject({ productId: id }),
    output: recommendationRules,
    access: 'manager',
    writes: true,
  }),
  'recommendations.unpin': channel({
    input: z.strictObject({ productId: id }),
    output: recommendationRules,
    access: 'manager',
    writes: true,
  }),
  /** Recomputes every product's neighbours from all sales, as a job; answers the job's id at once. */
  'recommendations.rebuild': channel({
    input: empty,
    output: z.object({ jobId: id }),
    access: 'manager',
    writes: true,
  }),
};
