// encoding/json as Helm's toJson/fromJson see it. Every expected text below was printed
// by helm 4.1.4 (json.diff.test.ts re-checks these behaviours against the binary).
import { describe, expect, it } from 'vitest';
import { type GoValue, isNilComposite, newMap } from '../gotemplate/value';
import { JsonError, formatJSONFloat, fromJson, fromJsonArray, marshalJSON, unmarshalJSON } from './json';

const map = (o: Record<string, GoValue>) => Object.assign(newMap(), o);

describe('formatJSONFloat', () => {
  const table: [number, string][] = [
    [1e-7, '1e-7'],
    [0.000001, '0.000001'],
    [1e20, '100000000000000000000'],
    [1e21, '1e+21'],
    [123456789.123, '123456789.123'],
    [0.1, '0.1'],
    [0.00001, '0.00001'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-0, '-0'],
    [100, '100'],
    [2.5e-7, '2.5e-7'],
    [9223372036854775808, '9223372036854776000'],
    [123456789012345678, '123456789012345680'],
  ];
  for (const [f, want] of table) it(`${f}`, () => expect(formatJSONFloat(f)).toBe(want));
});

describe('marshalJSON', () => {
  const table: { name: string; input: GoValue; html?: boolean; indent?: string; want?: string; wantErr?: string }[] = [
    { name: 'html escaped', input: map({ h: '<a&b>' }), want: '{"h":"\\u003ca\\u0026b\\u003e"}' },
    { name: 'html raw', input: map({ h: '<a&b>' }), html: false, want: '{"h":"<a&b>"}' },
    { name: 'line separators always escaped', input: '\u2028\u2029', html: false, want: '"\\u2028\\u2029"' },
    { name: 'control chars', input: 'a\u0001\b\f\n\r\t\u007f', want: '"a\\u0001\\b\\f\\n\\r\\t\u007f"' },
    { name: 'keys sorted by bytes', input: map({ b: 1, a: 2, B: 3, é: 4, '10': 5, '2': 6 }), want: '{"10":5,"2":6,"B":3,"a":2,"b":1,"é":4}' },
    { name: 'ints and floats', input: [1n, -9223372036854775808n, 1.5, 1e21, -0], want: '[1,-9223372036854775808,1.5,1e+21,-0]' },
    { name: 'nil and empties', input: [null, newMap(), [], ''], want: '[null,{},[],""]' },
    { name: 'bytes as base64', input: new TextEncoder().encode('hello'), want: '"aGVsbG8="' },
    { name: 'indent', input: map({ a: [1, map({})], b: [] }), indent: '  ', want: '{\n  "a": [\n    1,\n    {}\n  ],\n  "b": []\n}' },
    { name: 'NaN', input: [NaN], wantErr: 'json: unsupported value: NaN' },
    { name: '+Inf', input: map({ a: Infinity }), wantErr: 'json: unsupported value: +Inf' },
    { name: '-Inf', input: -Infinity, wantErr: 'json: unsupported value: -Inf' },
  ];
  for (const c of table) {
    it(c.name, () => {
      const run = () => marshalJSON(c.input, { escapeHTML: c.html ?? true, indent: c.indent });
      if (c.wantErr) expect(run).toThrow(new JsonError(c.wantErr));
      else expect(run()).toBe(c.want);
    });
  }
});

describe('unmarshalJSON errors (fromJson puts them in "Error")', () => {
  const table: [string, string][] = [
    ['{"a":1', 'unexpected end of JSON input'],
    ['{"a":1}x', "invalid character 'x' after top-level value"],
    ['{"a":1} {"b":2}', "invalid character '{' after top-level value"],
    ['[1,2]', 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['"s"', 'json: cannot unmarshal string into Go value of type map[string]interface {}'],
    ['', 'unexpected end of JSON input'],
    ['   ', 'unexpected end of JSON input'],
    ['{a:1}', "invalid character 'a' looking for beginning of object key string"],
    ['{"a":01}', "invalid character '1' after object key:value pair"],
    ['{"a":1.}', "invalid character '}' after decimal point in numeric literal"],
    ['{"a":-}', "invalid character '}' in numeric literal"],
    ['{"a":.5}', "invalid character '.' looking for beginning of value"],
    ['{"a":1e}', "invalid character '}' in exponent of numeric literal"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    ['{"a":"\\x01"}', "invalid character 'x' in string escape code"],
    ['{"a":"\\q"}', "invalid character 'q' in string escape code"],
    ['{"a":tru}', "invalid character '}' in literal true (expecting 'e')"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['{"a":[1,]}', "invalid character ']' looking for beginning of value"],
    ['{"a":\n\n  x}', "invalid character 'x' looking for beginning of value"],
    ['{"a":"é', 'unexpected end of JSON input'],
    ['{"a":NaN}', "invalid character 'N' looking for beginning of value"],
  ];
  for (const [input, want] of table) {
    it(JSON.stringify(input), () => {
      expect(() => unmarshalJSON(input, 'map')).toThrow(want);
      expect(marshalJSON(fromJson(input))).toBe(marshalJSON(map({ Error: want })));
    });
  }
  it('a number out of range leaves null and reports', () => {
    expect(marshalJSON(fromJson('{"a":1e400}'))).toBe('{"Error":"json: cannot unmarshal number 1e400 into Go value of type float64","a":null}');
  });
  it('decodes values like Go', () => {
    expect(marshalJSON(fromJson('{"a":123456789012345678901234567890,"b":1.0,"c":-0,"d":1E2,"e":"\\u00e9\\/"}'))).toBe(
      '{"a":1.2345678901234568e+29,"b":1,"c":-0,"d":100,"e":"é/"}',
    );
    expect(marshalJSON(fromJson('{"a":1,"a":2}'))).toBe('{"a":2}');
    // "null" leaves the map nil: toJson prints it as null again
    expect(isNilComposite(fromJson('null'))).toBe(true);
    expect(marshalJSON(fromJson('null'))).toBe('null');
    expect(marshalJSON(fromJsonArray('null'))).toBe('null');
    expect(marshalJSON(fromJsonArray('{"a":1}'))).toBe('["json: cannot unmarshal object into Go value of type []interface {}"]');
  });
});
