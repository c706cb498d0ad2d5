import { z } from 'zod';

/**
 * Product attributes a category declares ("colour", "size_ml", "organic"). A category's products
 * may carry its own attributes and those of every category above it; a definition lower in the
 * tree replaces an inherited one with the same key, so moving or merging categories never leaves
 * two rules for one key.
 */
export const ATTRIBUTE_TYPES = ['text', 'number', 'boolean', 'choice'] as const;

/**
 * Keys become part of a JSON path and of an index name in SQL text (json_extract needs a literal
 * path for an expression index to apply), so they are strictly letters, digits and underscores.
 */
export const attributeKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use 1–40 lowercase letters, digits or underscores, starting with a letter');

export const attributeValue = z.union([z.string().max(500), z.number().finite(), z.boolean()]);
export type AttributeValue = z.infer<typeof attributeValue>;

export const MAX_ATTRIBUTES = 50;

export const attributeValues = z
  .record(attributeKey, attributeValue)
  .refine((values) => Object.keys(values).length <= MAX_ATTRIBUTES, `At most ${MAX_ATTRIBUTES} attributes`);
export type AttributeValues = z.infer<typeof attributeValues>;

export const attributeDefinition = z
  .strictObject({
    key: attributeKey,
    label: z.string().trim().min(1).max(80),
    type: z.enum(ATTRIBUTE_TYPES),
    choices: z.array(z.string().trim().min(1).max(80)).min(1).max(100).optional(),
    required: z.boolean().optional(),
    /** Indexed keys get an expression index, so filtering the product list by them stays fast. */
    indexed: z.boolean().optional(),
  })
  .superRefine((definition, issues) => {
    if (definition.type === 'choice' && !definition.choices) {
      issues.addIssue({ code: 'custom', path: ['choices'], message: 'A choice attribute lists its choices' });
    }
    if (definition.type !== 'choice' && definition.choices) {
      issues.addIssue({ code: 'custom', path: ['choices'], message: 'Only a choice attribute has choices' });
    }
    if (definition.choices && new Set(definition.choices).size !== definition.choices.length) {
      issues.addIssue({ code: 'custom', path: ['choices'], message: 'Each choice appears once' });
    }
  });
export type AttributeDefinition = z.infer<typeof attributeDefinition>;

export const attributeSchema = z
  .array(attributeDefinition)
  .max(MAX_ATTRIBUTES)
  .refine(
    (schema) => new Set(schema.map((definition) => definition.key)).size === schema.length,
    'Each key appears once',
  );
export type AttributeSchema = z.infer<typeof attributeSchema>;

/** The schema a product in the last category of `chainFromRoot` follows: nearest definition wins. */
export function mergeInheritedSchemas(chainFromRoot: readonly AttributeSchema[]): AttributeSchema {
  const byKey = new Map<string, AttributeDefinition>();
  for (const schema of chainFromRoot) for (const definition of schema) byKey.set(definition.key, definition);
  return [...byKey.values()];
}

export interface AttributeIssue {
  path: string;
  message: string;
}

/** Every way `values` breaks `schema`: unknown keys, wrong types, choices not offered, required ones missing. */
export function attributeIssues(schema: AttributeSchema, values: AttributeValues): AttributeIssue[] {
  const issues: AttributeIssue[] = [];
  const byKey = new Map(schema.map((definition) => [definition.key, definition]));
  for (const [key, value] of Object.entries(values)) {
    const definition = byKey.get(key);
    const problem = definition ? valueProblem(definition, value) : 'This category has no such attribute';
    if (problem) issues.push({ path: `attributes.${key}`, message: problem });
  }
  for (const definition of schema) {
    if (definition.required && !Object.hasOwn(values, definition.key)) {
      issues.push({ path: `attributes.${definition.key}`, message: `${definition.label} is required` });
    }
  }
  return issues;
}

function valueProblem(definition: AttributeDefinition, value: AttributeValue): string | null {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' ? null : `${definition.label} is text`;
    case 'number':
      return typeof value === 'number' ? null : `${definition.label} is a number`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${definition.label} is yes or no`;
    case 'choice':
      return typeof value === 'string' && definition.choices?.includes(value)
        ? null
        : `${definition.label} is one of: ${definition.choices?.join(', ')}`;
  }
}
