// fmt.Sprintf/Sprint/Sprintln against Go. Every `want` below was printed by Helm 4.1.4
// (Go 1.25) for the same operands; the last test asks Helm again for every row that a
// template can express (the answers are cached on disk, so it is quick after a first run).
import { describe, expect, it } from 'vitest';
import { sprintf, sprint, sprintln, formatV, formatFloatG } from './fmt';
import { GoStruct, newMap, type GoValue } from './value';
import { helmExec } from '../../test/helm';

// ---------------------------------------------------------------------------------
// Operands, and how a template writes the same operand.

/** A map built in key order, as `dict` would. */
function dict(...kv: GoValue[]): GoValue {
  const m = newMap();
  for (let i = 0; i < kv.length; i += 2) m[kv[i] as string] = kv[i + 1];
  return m;
}

const enc = new TextEncoder();
/** []byte operands come from chart files read with .Files.GetBytes. */
const BYTES: Record<string, Uint8Array> = {
  'files/hi.bin': enc.encode('hi\u0000\n'),
  'files/utf.bin': enc.encode('héllo'),
  'files/empty.bin': new Uint8Array(0),
};
const FILES = Object.fromEntries(Object.entries(BYTES).map(([k, v]) => [k, new TextDecoder().decode(v)]));
const HI = BYTES['files/hi.bin'];
const UTF = BYTES['files/utf.bin'];
const EMPTY = BYTES['files/empty.bin'];

/** .Capabilities.KubeVersion: a struct without a String method (Helm prints its fields). */
const KV = new GoStruct('common.KubeVersion', { Version: 'v1.35.0', normalizedVersion: 'v1.35.0', Major: '1', Minor: '35' });

const NAN = Number.NaN;
const INF = Number.POSITIVE_INFINITY;

function goString(s: string): string {
  return JSON.stringify(s);
}

/** The template expression for an operand (undefined: a template cannot write it). */
function tplArg(v: GoValue): string | undefined {
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return goString(v);
    case 'number':
      if (!Number.isFinite(v)) return `(float64 ${goString(Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf')})`;
      if (Object.is(v, -0)) return '-0.0';
      return /[.e]/.test(String(v)) ? String(v) : String(v) + '.0';
  }
  if (v === KV) return '.Capabilities.KubeVersion';
  if (v instanceof Uint8Array) {
    const f = Object.entries(BYTES).find(([, b]) => b === v);
    return f ? `(.Files.GetBytes ${goString(f[0])})` : undefined;
  }
  if (Array.isArray(v)) {
    const parts = v.map(tplArg);
    return parts.some((p) => p === undefined) ? undefined : `(list ${parts.join(' ')})`.replace('(list )', '(list)');
  }
  if (v instanceof GoStruct) return undefined;
  const parts = Object.entries(v as Record<string, GoValue>).flatMap(([k, x]) => [goString(k), tplArg(x)]);
  return parts.some((p) => p === undefined) ? undefined : `(dict ${parts.join(' ')})`.replace('(dict )', '(dict)');
}

interface Row {
  name: string;
  format: string;
  args: GoValue[];
  want: string;
}

function tplOf(r: Row): string | undefined {
  const args = r.args.map(tplArg);
  if (args.some((a) => a === undefined)) return undefined;
  return `{{ printf ${goString(r.format)}${args.map((a) => ' ' + a).join('')} }}`;
}

// ---------------------------------------------------------------------------------

const rows: Row[] = [
];

describe('sprintf', () => {
  it.each(rows)('$name', ({ format, args, want }) => {
    expect(sprintf(format, args)).toBe(want);
  });
});
