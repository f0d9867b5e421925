import { describe, expect, it } from 'vitest';
import { validateAgainstSingleSchema } from './schema';

const enc = new TextEncoder();

describe('values.schema.json validation texts', () => {
  const cases: { name: string; schema: unknown; data: Record<string, unknown>; want: string }[] = [
    { name: 'valid', schema: { type: 'object' }, data: {}, want: '' },
    { name: 'type', schema: { properties: { a: { type: 'string' } } }, data: { a: 1 }, want: "- at '/a': got number, want string\n" },
    { name: 'type list', schema: { properties: { a: { type: ['string', 'null'] } } }, data: { a: 1 }, want: "- at '/a': got number, want null or string\n" },
    { name: 'integer accepts whole floats', schema: { properties: { a: { type: 'integer' } } }, data: { a: 5 }, want: '' },
    { name: 'required', schema: { required: ['z', 'y'] }, data: {}, want: "- at '': missing properties 'z', 'y'\n" },
    { name: 'required one', schema: { required: ['z'] }, data: {}, want: "- at '': missing property 'z'\n" },
    {
      name: 'a lone group is flattened',
      schema: { properties: { s: { type: 'string', minLength: 3, pattern: '^a' } } },
      data: { s: 'bb' },
      want: "- at '/s': minLength: got 2, want 3\n- at '/s': 'bb' does not match pattern '^a'\n",
    },
    {
      name: 'group beside another error',
      schema: { required: ['z'], properties: { s: { type: 'string', minLength: 3, pattern: '^a' } } },
      data: { s: 'bb' },
      want: "- at '': missing property 'z'\n- at '/s': validation failed\n  - at '/s': minLength: got 2, want 3\n  - at '/s': 'bb' does not match pattern '^a'\n",
    },
    { name: 'enum', schema: { properties: { e: { enum: ['a', 1, null] } } }, data: { e: 'b' }, want: "- at '/e': value must be one of 'a', 1, <nil>\n" },
    { name: 'const', schema: { properties: { c: { const: 'x' } } }, data: { c: 'y' }, want: "- at '/c': value must be 'x'\n" },
    { name: 'minimum grouping', schema: { properties: { a: { minimum: 1000 } } }, data: { a: 5 }, want: "- at '/a': minimum: got 5, want 1,000\n" },
    { name: 'ref single cause', schema: { $defs: { s: { type: 'string' } }, properties: { a: { $ref: '#/$defs/s' } } }, data: { a: 1 }, want: "- at '/a': got number, want string\n" },
    {
      name: 'anyOf',
      schema: { properties: { a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
      data: { a: 1.5 },
      want: "- at '/a': 'anyOf' failed\n  - at '/a': got number, want string\n  - at '/a': got number, want integer\n",
    },
    { name: 'oneOf two matched', schema: { properties: { a: { oneOf: [{ type: 'number' }, { type: 'integer' }] } } }, data: { a: 3 }, want: "- at '/a': 'oneOf' failed, subschemas 0, 1 matched\n" },
    { name: 'additionalProperties', schema: { additionalProperties: false }, data: { q: 1 }, want: "- at '': additional properties 'q' not allowed\n" },
    { name: 'bad json', schema: 'not json', data: {}, want: "invalid character 'o' in literal null (expecting 'u')" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = typeof c.schema === 'string' ? c.schema : JSON.stringify(c.schema);
      expect(validateAgainstSingleSchema(c.data as never, enc.encode(text))).toBe(c.want);
    });
  }
});
