import { z } from 'zod';
import { channel } from './channel';
import { id } from './common';

/**
 * The query lab: ready-made analytical questions for managers and admins, and for admins ad-hoc
 * read-only SQL and an index lab that tries a proposed index on a scratch copy of the file.
 */

export const QUESTION_IDS = [
  'topCustomersBySpend',
  'topCustomersByInteractions',
  'popularProducts',
  'topBrands',
  'neverPurchased',
  'lowStock',
  'interactionTimes',
  'spendBands',
  'ordersPerCustomer',
  'salesByStore',
  'promotionEffect',
  'marginByCategory',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The parameters a question may take; each question says which of them it reads. */
export const QUESTION_PARAMS = ['days', 'store', 'limit', 'groupBy'] as const;
export type QuestionParam = (typeof QUESTION_PARAMS)[number];

export interface QuestionInfo {
  title: string;
  description: string;
  params: readonly QuestionParam[];
}

/** What the screen shows before a question runs. The SQL behind each lives on the main side only. */
export const QUESTIONS: Readonly<Record<QuestionId, QuestionInfo>> = {
  topCustomersBySpend: {
    title: 'Top customers by spend',
    description: 'Customers ranked by what they spent on sales placed in the days chosen, refunds taken off.',
    params: ['days', 'store', 'limit'],
  },
  topCustomersByInteractions: {
    title: 'Top customers by interactions',
    description:
      'Customers ranked by interactions in the days chosen, counted as their profile counts them: each product of each sale, views, carts and ratings.',
    params: ['days', 'store', 'limit'],
  },
  popularProducts: {
    title: 'Most popular products',
    description: 'Products by units sold in the days chosen, returned units taken off.',
    params: ['days', 'store', 'limit'],
  },
  topBrands: {
    title: 'Top-selling brands',
    description: 'Brands by net revenue (before tax and returns) of the sales in the days chosen.',
    params: ['days', 'store', 'limit'],
  },
  neverPurchased: {
    title: 'Customers who never purchased',
    description: 'Active customers without a single standing sale; for one store, the customers whose home it is.',
    params: ['store', 'limit'],
  },
  lowStock: {
    title: 'Low-stock items',
    description: 'Products at or below their reorder point, largest shortfall first.',
    params: ['store', 'limit'],
  },
  interactionTimes: {
    title: 'Interaction times',
    description: 'Interactions and purchases by hour of day and day of week, on each store’s own clock.',
    params: ['days', 'store'],
  },
  spendBands: {
    title: 'Customer spend bands',
    description: 'How many customers spent how much in the days chosen, in bands.',
    params: ['days', 'store'],
  },
  ordersPerCustomer: {
    title: 'Orders per customer',
    description: 'How many customers placed one, two, three or more sales in the days chosen.',
    params: ['days', 'store'],
  },
  salesByStore: {
    title: 'Sales by store',
    description: 'Each store’s sales, refunds taken on its days, and the net, over the days chosen.',
    params: ['days', 'store'],
  },
  promotionEffect: {
    title: 'Promotion effect',
    description: 'Units and net revenue sold with a discount against without, by product or by category.',
    params: ['days', 'store', 'limit', 'groupBy'],
  },
  marginByCategory: {
    title: 'Margin by department',
    description: 'Net revenue less cost (at each product’s current cost) by category, before returns.',
    params: ['days', 'store'],
  },
};

const day = z.iso.date();

/** Every question's parameters; the ones a question does not read are ignored. Days are the store's own. */
export const questionParams = z
  .strictObject({
    /** First store-local day, included. Default: 27 days before `toDay`. */
    fromDay: day.optional(),
    /** Last store-local day, included whole. Default: today on the store's clock. */
    toDay: day.optional(),
    /** One store; a manager always gets their own. An admin without one gets every store. */
    storeId: id.optional(),
    limit: z.number().int().min(1).max(1000).default(20),
    groupBy: z.enum(['product', 'category']).default('product'),
  })
  .refine((params) => !params.fromDay || !params.toDay || params.fromDay <= params.toDay, {
    message: 'The first day comes after the last',
    path: ['fromDay'],
  });
export type QuestionParams = z.input<typeof questionParams>;

export const COLUMN_KINDS = ['text', 'count', 'cents', 'percent', 'timestamp'] as const;

const cell = z.union([z.string(), z.number(), z.null()]);

/** A table of results: named columns, rows of plain values in column order. */
export const resultTable = z.object({
  columns: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(COLUMN_KINDS) })),
  rows: z.array(z.array(cell)),
  /** More rows matched than were sent. */
  truncated: z.boolean(),
});
export type ResultTable = z.infer<typeof resultTable>;

/** How to chart a table: labels from one column, one series per value column. */
export const chartSpec = z.object({
  type: z.enum(['bar', 'line']),
  labelKey: z.string(),
  valueKeys: z.array(z.string()).min(1),
});
export type ChartSpec = z.infer<typeof chartSpec>;

export const questionAnswer = resultTable.extend({
  /** Null: a table only. */
  chart: chartSpec.nullable(),
  /** The days and stores it covered, for the caption. */
  fromDay: z.string().nullable(),
  toDay: z.string().nullable(),
  storeId: id.nullable(),
});
export type QuestionAnswer = z.infer<typeof questionAnswer>;

/** Ad-hoc statements are short by design; a longer one belongs in a question of its own. */
export const MAX_SQL_LENGTH = 20_000;
export const DEFAULT_SQL_TIMEOUT_MS = 5_000;
export const MAX_SQL_TIMEOUT_MS = 30_000;
export const MAX_SQL_ROWS = 10_000;
export const MAX_INDEX_LAB_TIMEOUT_MS = 120_000;

const sqlText = z.string().trim().min(1).max(MAX_SQL_LENGTH);
/** Chosen by the screen, so it can cancel the run it started. */
const runId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export const sqlResult = resultTable.extend({ elapsedMs: z.number().min(0) });
export type SqlResult = z.infer<typeof sqlResult>;

/** One step of a query plan, as EXPLAIN QUERY PLAN tells it, with the steps under it. */
export interface PlanStep {
  detail: string;
  children: PlanStep[];
}
export const planStep: z.ZodType<PlanStep> = z.lazy(() =>
  z.object({ detail: z.string(), children: z.array(planStep) }),
);

const timedPlan = z.object({
  plan: z.array(planStep),
  /** Median of the timed runs, reading every row. */
  elapsedMs: z.number().min(0),
  rows: z.number().int().min(0),
});

export const indexLabAnswer = z.object({
  current: timedPlan,
  /**
   * The same query on a scratch copy with the proposed index added and/or the named index left
   * out; null when neither was asked.
   */
  changed: timedPlan.nullable(),
  /** CREATE INDEX statements for the full scans of the plan, on the columns the query filters or sorts by. */
  suggestions: z.array(z.string()),
  /** The scratch copy was deleted (true whenever one was made). */
  scratchRemoved: z.boolean(),
});
export type IndexLabAnswer = z.infer<typeof indexLabAnswer>;

export const queryLabChannels = {
  /** A ready-made question; a manager's answer covers their own store only. */
  'queryLab.ask': channel({
    input: z.strictObject({ question: z.enum(QUESTION_IDS), params: questionParams }),
    output: questionAnswer,
    access: 'manager',
    writes: false,
    storeScoped: true,
    runsOn: 'reader',
  }),
  /**
   * One read-only SELECT on a connection of its own, in a child process that is killed if it runs
   * past the time limit or is cancelled. Audited, statement included. Secrets (password hashes) stay out.
   */
  'queryLab.runSql': channel({
    input: z.strictObject({
      sql: sqlText,
      runId: runId.optional(),
      timeoutMs: z.number().int().min(100).max(MAX_SQL_TIMEOUT_MS).default(DEFAULT_SQL_TIMEOUT_MS),
      maxRows: z.number().int().min(1).max(MAX_SQL_ROWS).default(MAX_SQL_ROWS),
    }),
    output: sqlResult,
    access: 'admin',
    writes: false,
    runsOn: 'reader',
    audited: true,
  }),
  /**
   * Stops a run of `queryLab.runSql` or `queryLab.tryIndex` by ending its thread; the run itself
   * answers CONFLICT (`details.stopped: 'cancelled'`). A run that already ended is left as it was.
   */
  'queryLab.cancel': channel({
    input: z.strictObject({ runId }),
    output: z.object({ sent: z.literal(true) }),
    access: 'admin',
    writes: false,
  }),
  /**
   * The query's plan as a tree and its time; with a proposed CREATE INDEX and/or an index to leave
   * out, the same on a scratch copy of the file so changed, side by side. The live file is only read.
   */
  'queryLab.tryIndex': channel({
    input: z.strictObject({
      sql: sqlText,
      createIndex: z.string().trim().min(1).max(2_000).optional(),
      /** An existing index to drop on the scratch copy, to see what the query does without it. */
      dropIndex: z.string().trim().min(1).max(200).optional(),
      runId: runId.optional(),
      timeoutMs: z.number().int().min(1_000).max(MAX_INDEX_LAB_TIMEOUT_MS).default(60_000),
    }),
    output: indexLabAnswer,
    access: 'admin',
    writes: false,
    runsOn: 'reader',
    audited: true,
  }),
};
