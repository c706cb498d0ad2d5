import { describe, expect, it } from 'vitest';
import {
  attributeIssues,
  attributeSchema,
  attributeValues,
  mergeInheritedSchemas,
  type AttributeSchema,
} from '../../../shared/attributes';

const SCHEMA: AttributeSchema = [
  { key: 'colour', label: 'Colour', type: 'choice', choices: ['red', 'green'], required: true },
  { key: 'volume_ml', label: 'Volume', type: 'number' },
  { key: 'organic', label: 'Organic', type: 'boolean' },
  { key: 'origin', label: 'Origin', type: 'text' },
];

describe('attribute values against a schema', () => {
  it('accepts values of the declared types', () => {
    expect(attributeIssues(SCHEMA, { colour: 'red', volume_ml: 330, organic: true, origin: 'Spain' })).toEqual([]);
    expect(attributeIssues(SCHEMA, { colour: 'green' })).toEqual([]);
  });

  it('refuses unknown keys, wrong types, choices not offered and missing required ones', () => {
    expect(attributeIssues(SCHEMA, { colour: 'red', flavour: 'mint' })).toEqual([
      { path: 'attributes.flavour', message: 'This category has no such attribute' },
    ]);
    expect(attributeIssues(SCHEMA, { colour: 'blue' })[0]?.message).toBe('Colour is one of: red, green');
    expect(attributeIssues(SCHEMA, { colour: 'red', volume_ml: '330' })[0]?.path).toBe('attributes.volume_ml');
    expect(attributeIssues(SCHEMA, { colour: 'red', organic: 'yes' })[0]?.message).toBe('Organic is yes or no');
    expect(attributeIssues(SCHEMA, { colour: 'red', origin: 3 })[0]?.message).toBe('Origin is text');
    expect(attributeIssues(SCHEMA, {})).toEqual([{ path: 'attributes.colour', message: 'Colour is required' }]);
  });

  it('does not mistake inherited object properties for values', () => {
    const schema: AttributeSchema = [{ key: 'constructor', label: 'Maker', type: 'text', required: true }];
    expect(attributeIssues(schema, {})).toHaveLength(1);
    expect(attributeIssues([], { constructor: 'x' })).toHaveLength(1);
  });

  it('lets a category override an inherited definition with the same key', () => {
    const parent: AttributeSchema = [
      { key: 'origin', label: 'Origin', type: 'text' },
      { key: 'organic', label: 'Organic', type: 'boolean' },
    ];
    const child: AttributeSchema = [{ key: 'origin', label: 'Region', type: 'choice', choices: ['EU', 'US'] }];
    const merged = mergeInheritedSchemas([parent, child]);
    expect(merged.map((definition) => [definition.key, definition.type])).toEqual([
      ['origin', 'choice'],
      ['organic', 'boolean'],
    ]);
  });
});

describe('attribute schemas as input', () => {
  it('accepts a well-formed schema', () => {
    expect(attributeSchema.safeParse(SCHEMA).success).toBe(true);
  });

  it.each([
    ['a key with capitals', [{ key: 'Colour', label: 'C', type: 'text' }]],
    ['a key with a quote', [{ key: "x') --", label: 'C', type: 'text' }]],
    ['a key starting with a digit', [{ key: '1x', label: 'C', type: 'text' }]],
    ['a key of 41 characters', [{ key: 'a'.repeat(41), label: 'C', type: 'text' }]],
    ['an unknown type', [{ key: 'x', label: 'C', type: 'date' }]],
    ['a choice without choices', [{ key: 'x', label: 'C', type: 'choice' }]],
    ['choices on a number', [{ key: 'x', label: 'C', type: 'number', choices: ['1'] }]],
    ['the same choice twice', [{ key: 'x', label: 'C', type: 'choice', choices: ['a', 'a'] }]],
    ['an extra field', [{ key: 'x', label: 'C', type: 'text', unit: 'ml' }]],
    [
      'the same key twice',
      [
        { key: 'x', label: 'A', type: 'text' },
        { key: 'x', label: 'B', type: 'text' },
      ],
    ],
    ['an empty label', [{ key: 'x', label: ' ', type: 'text' }]],
  ])('refuses %s', (_what, schema) => {
    expect(attributeSchema.safeParse(schema).success).toBe(false);
  });

  it('bounds values: keys, text length and count', () => {
    expect(attributeValues.safeParse({ colour: 'red', size: 3, organic: false }).success).toBe(true);
    expect(attributeValues.safeParse({ 'bad key': 1 }).success).toBe(false);
    expect(attributeValues.safeParse({ note: 'x'.repeat(501) }).success).toBe(false);
    expect(attributeValues.safeParse({ n: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(attributeValues.safeParse({ n: null }).success).toBe(false);
    expect(attributeValues.safeParse({ n: { nested: 1 } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
    expect(attributeValues.safeParse(many).success).toBe(false);
  });
});
