import { describe, expect, test } from 'vitest';
import { overrideSchema, uriGlob, valuesSchemaSettings } from './values-schema';

// What @monaco-editor/react's Uri.parse makes of a relative editor path.
const toUri = (p: string) => `file:///${p.replace(/^\/+/, '')}`;

describe('overrideSchema', () => {
  const cases: { name: string; input: unknown; want: unknown }[] = [
    { name: 'drops required at the top', input: { type: 'object', required: ['a'], properties: { a: { type: 'number' } } }, want: { type: 'object', properties: { a: { type: 'number' } } } },
    {
      name: 'drops required in nested objects, items and combinators',
      input: { properties: { a: { required: ['b'], items: { required: ['c'] } } }, anyOf: [{ required: ['d'] }] },
      want: { properties: { a: { items: {} } }, anyOf: [{}] },
    },
    { name: 'keeps a values key called "required"', input: { properties: { required: { type: 'boolean' } } }, want: { properties: { required: { type: 'boolean' } } } },
    { name: 'keeps data that looks like a schema', input: { default: { required: ['x'] }, enum: [{ required: [1] }] }, want: { default: { required: ['x'] }, enum: [{ required: [1] }] } },
    { name: 'keeps types, closed objects and ranges', input: { type: 'integer', minimum: 1, additionalProperties: false }, want: { type: 'integer', minimum: 1, additionalProperties: false } },
  ];
  test.each(cases)('$name', ({ input, want }) => expect(overrideSchema(input)).toEqual(want));
});

describe('uriGlob', () => {
  const cases: { name: string; input: string; want: string }[] = [
    { name: 'file URI', input: 'file:///backend/values.yaml', want: 'backend/values.yaml' },
    { name: 'inmemory URI', input: 'inmemory://model/1', want: 'model/1' },
    { name: 'glob characters become single-character wildcards', input: 'file:///a{b}/v*.yaml', want: 'a?b?/v?.yaml' },
  ];
  test.each(cases)('$name', ({ input, want }) => expect(uriGlob(input)).toBe(want));
});

describe('valuesSchemaSettings', () => {
  const schema = { type: 'object', required: ['replicaCount'], properties: { replicaCount: { type: 'integer' } } };
  test('no schema: no associations', () => expect(valuesSchemaSettings(undefined, ['backend/values.yaml'], toUri)).toEqual([]));
  test('values.yaml gets the schema, values-local.yaml the override form', () => {
    const got = valuesSchemaSettings(schema, ['backend/values.yaml', 'backend/values-local.yaml'], toUri);
    expect(got.map((s) => s.fileMatch)).toEqual([['backend/values.yaml'], ['backend/values-local.yaml']]);
    expect(got[0].schema).toEqual(schema);
    expect(got[1].schema).toEqual({ type: 'object', properties: { replicaCount: { type: 'integer' } } });
    expect(new Set(got.map((s) => s.uri)).size).toBe(2);
  });
  test('only override files', () => {
    const got = valuesSchemaSettings(schema, ['backend/values-local.yaml'], toUri);
    expect(got).toHaveLength(1);
    expect(got[0].schema).not.toHaveProperty('required');
  });
});
