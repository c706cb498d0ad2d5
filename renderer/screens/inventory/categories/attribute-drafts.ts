import type { ATTRIBUTE_TYPES } from '../../../../shared/attributes';
import { attributeDefinition, type AttributeDefinition, type AttributeSchema } from '../../../../shared/attributes';

export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** One attribute as the editor holds it; `isNew` rows may still change their key. */
export interface AttributeDraft {
  rowId: number;
  isNew: boolean;
  key: string;
  label: string;
  type: AttributeType;
  choices: string[];
  required: boolean;
  indexed: boolean;
}

let nextRowId = 1;

export function draftsFrom(schema: AttributeSchema): AttributeDraft[] {
  return schema.map((definition) => ({
    rowId: nextRowId++,
    isNew: false,
    key: definition.key,
    label: definition.label,
    type: definition.type,
    choices: definition.choices ?? [],
    required: definition.required ?? false,
    indexed: definition.indexed ?? false,
  }));
}

export function newDraft(): AttributeDraft {
  return {
    rowId: nextRowId++,
    isNew: true,
    key: '',
    label: '',
    type: 'text',
    choices: [],
    required: false,
    indexed: false,
  };
}

/** "Shelf life (days)" → "shelf_life_days": a key the contract accepts, made from the label. */
export function keyFromLabel(label: string): string {
  const key = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
  return key;
}

/** The drafts as the contract's schema, or a message per row that needs fixing. */
export function checkDrafts(
  drafts: AttributeDraft[],
): { ok: true; schema: AttributeDefinition[] } | { ok: false; problems: Map<number, string> } {
  const problems = new Map<number, string>();
  const seen = new Set<string>();
  const schema: AttributeDefinition[] = [];
  for (const draft of drafts) {
    const parsed = attributeDefinition.safeParse({
      key: draft.key,
      label: draft.label,
      type: draft.type,
      ...(draft.type === 'choice' ? { choices: draft.choices } : {}),
      required: draft.required,
      indexed: draft.indexed,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.set(draft.rowId, `${String(issue?.path[0] ?? 'Field')}: ${issue?.message ?? 'not valid'}`);
    } else if (seen.has(draft.key)) {
      problems.set(draft.rowId, `The key “${draft.key}” is used twice`);
    } else {
      schema.push(parsed.data);
    }
    seen.add(draft.key);
  }
  return problems.size === 0 ? { ok: true, schema } : { ok: false, problems };
}
