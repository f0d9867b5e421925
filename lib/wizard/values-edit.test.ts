import { describe, expect, it } from 'vitest';
import { getValue, needsQuotes, setValue } from './values-edit';

const TEXT = `# Application configuration
replicaCount: 1 # how many pods
image:
  repository: backend-app
  tag: latest   # pin this in production
# PostgreSQL
postgres:
  enabled: true
  auth:
    database: appdb
`;

describe('values-edit', () => {
  const sets: { name: string; path: (string | number)[]; value: unknown; want: string }[] = [
    { name: 'number keeps the trailing comment', path: ['replicaCount'], value: 3, want: TEXT.replace('replicaCount: 1 #', 'replicaCount: 3 #') },
    { name: 'string keeps comment', path: ['image', 'tag'], value: 'v1.2.3', want: TEXT.replace('tag: latest   #', 'tag: v1.2.3   #') },
    { name: 'string that reads as a number is quoted', path: ['image', 'tag'], value: '1.10', want: TEXT.replace('tag: latest   #', 'tag: "1.10"   #') },
    // Adding a key re-prints the document: comments and order survive, spacing before a comment is normalised.
    { name: 'nested new key is added in place', path: ['postgres', 'auth', 'username'], value: 'appuser', want: TEXT.replace('latest   #', 'latest #') + '    username: appuser\n' },
    { name: 'bool', path: ['postgres', 'enabled'], value: false, want: TEXT.replace('enabled: true', 'enabled: false') },
  ];
  for (const s of sets) {
    it(`setValue: ${s.name}`, () => {
      const out = setValue(TEXT, s.path, s.value)!;
      expect(out).toBe(s.want);
      expect(getValue(out, s.path)).toEqual(s.value);
      expect(out).toContain('# Application configuration');
      expect(out).toContain('# PostgreSQL');
    });
  }
  it('leaves unparseable text alone', () => {
    expect(setValue('a: [1,\n', ['a'], 1)).toBeUndefined();
    expect(getValue('a: [1,\n', ['a'])).toBeUndefined();
  });
  it('reads maps and absent keys', () => {
    expect(getValue(TEXT, ['image'])).toEqual({ repository: 'backend-app', tag: 'latest' });
    expect(getValue(TEXT, ['nope', 'x'])).toBeUndefined();
  });
  const quotes: [string, boolean][] = [['yes', true], ['On', true], ['123', true], ['1e3', true], ['0x1F', true], ['2024-01-01', true], ['', true], [' x', true], ['a: b', true], ['#c', true], ['backend-app', false], ['15-alpine', false], ['/health', false], ['v1.2', false]];
  for (const [s, q] of quotes) it(`needsQuotes(${JSON.stringify(s)}) = ${q}`, () => expect(needsQuotes(s)).toBe(q));
});
