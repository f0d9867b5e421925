// Expected values were checked against Helm 4.1.4 (see encoding.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { funcs } from './encoding';

const call = (name: string, ...args: unknown[]) => funcs[name].fn(...args);

describe('b64enc / b64dec', () => {
  const cases: { name: string; fn: string; input: string; want: string }[] = [
    { name: 'empty', fn: 'b64enc', input: '', want: '' },
    { name: 'one byte pads twice', fn: 'b64enc', input: 'a', want: 'YQ==' },
    { name: 'two bytes pad once', fn: 'b64enc', input: 'ab', want: 'YWI=' },
    { name: 'three bytes', fn: 'b64enc', input: 'abc', want: 'YWJj' },
    { name: 'utf8 bytes', fn: 'b64enc', input: 'héllo 世界 🚀', want: 'aMOpbGxvIOS4lueVjCDwn5qA' },
    { name: 'decode', fn: 'b64dec', input: 'aGVsbG8=', want: 'hello' },
    { name: 'decode empty', fn: 'b64dec', input: '', want: '' },
    { name: 'newlines skipped', fn: 'b64dec', input: 'YWJj\nZGVm\r\n', want: 'abcdef' },
    { name: 'missing padding', fn: 'b64dec', input: 'YWJjZA', want: 'illegal base64 data at input byte 4' },
    { name: 'short quantum', fn: 'b64dec', input: 'YWJ', want: 'illegal base64 data at input byte 0' },
    { name: 'bad character', fn: 'b64dec', input: 'YWJj!ZGVm', want: 'illegal base64 data at input byte 4' },
    { name: 'space', fn: 'b64dec', input: 'YW Jj', want: 'illegal base64 data at input byte 2' },
    { name: 'single pad where two needed', fn: 'b64dec', input: 'YQ=', want: 'illegal base64 data at input byte 3' },
    { name: 'extra pad', fn: 'b64dec', input: 'YQ===', want: 'illegal base64 data at input byte 4' },
    { name: 'data after padding', fn: 'b64dec', input: 'YQ==YQ==', want: 'illegal base64 data at input byte 4' },
    { name: 'pad at 1', fn: 'b64dec', input: 'Y===', want: 'illegal base64 data at input byte 1' },
    { name: 'url alphabet refused', fn: 'b64dec', input: '-_-_', want: 'illegal base64 data at input byte 0' },
    { name: 'a byte that is not UTF-8 stays a byte', fn: 'b64dec', input: '/w==', want: '\udcff' },
  ];
  for (const c of cases) it(c.name, () => expect(call(c.fn, c.input)).toBe(c.want));
});

describe('b32enc / b32dec', () => {
  const cases: { name: string; fn: string; input: string; want: string }[] = [
    { name: '1 byte', fn: 'b32enc', input: 'f', want: 'MY======' },
    { name: '2 bytes', fn: 'b32enc', input: 'fo', want: 'MZXQ====' },
    { name: '3 bytes', fn: 'b32enc', input: 'foo', want: 'MZXW6===' },
    { name: '4 bytes', fn: 'b32enc', input: 'foob', want: 'MZXW6YQ=' },
    { name: '5 bytes', fn: 'b32enc', input: 'fooba', want: 'MZXW6YTB' },
    { name: '6 bytes', fn: 'b32enc', input: 'foobar', want: 'MZXW6YTBOI======' },
    { name: 'utf8', fn: 'b32enc', input: '日本', want: '42L2LZU4VQ======' },
    { name: 'decode', fn: 'b32dec', input: 'MZXW6YTBOI======', want: 'foobar' },
    { name: 'missing padding', fn: 'b32dec', input: 'MZXW6', want: 'illegal base32 data at input byte 0' },
    { name: 'lower case', fn: 'b32dec', input: 'mzxw6===', want: 'illegal base32 data at input byte 0' },
    { name: 'not enough padding', fn: 'b32dec', input: 'MY=====', want: 'illegal base32 data at input byte 7' },
    { name: 'impossible length', fn: 'b32dec', input: 'M=======', want: 'illegal base32 data at input byte 1' },
    { name: 'bad padding', fn: 'b32dec', input: 'MY==A===', want: 'illegal base32 data at input byte 3' },
    { name: 'newlines stripped first', fn: 'b32dec', input: 'MZXW\n6===\r\n', want: 'foo' },
    { name: 'padding ends the message', fn: 'b32dec', input: 'MY======MY', want: 'f' },
    { name: 'bad character', fn: 'b32dec', input: 'MZ1W6===', want: 'illegal base32 data at input byte 2' },
  ];
  for (const c of cases) it(c.name, () => expect(call(c.fn, c.input)).toBe(c.want));

  it('round trips every length', () => {
    for (let n = 0; n < 40; n++) {
      const s = 'xyzé'.repeat(n).slice(0, n);
      expect(call('b32dec', call('b32enc', s))).toBe(s);
      expect(call('b64dec', call('b64enc', s))).toBe(s);
    }
  });
});
