import { describe, expect, it } from 'vitest';
import { parseHead, sortManifests, splitManifests } from './sort';
import { printRelease } from './output';

describe('splitManifests (Helm separator rule)', () => {
  const cases: { name: string; input: string; want: string[] }[] = [
    { name: 'one doc', input: 'a: 1\n', want: ['a: 1'] },
    { name: 'two docs', input: 'a: 1\n---\nb: 2\n', want: ['a: 1', 'b: 2'] },
    { name: 'leading separator', input: '---\na: 1', want: ['a: 1'] },
    { name: 'whitespace-only docs dropped', input: '  \n---\n\n---\na: 1\n', want: ['---\na: 1'] },
    { name: 'separator glued to text', input: 'a: 1\n---b: 2', want: ['a: 1', 'b: 2'] },
    { name: 'indented separator is no separator', input: 'a: 1\n  ---  \nb: 2', want: ['a: 1\n  ---  \nb: 2'] },
    { name: 'inner dashes kept', input: 'a: x---y', want: ['a: x---y'] },
    { name: 'comment-only doc kept', input: '# c\n---\na: 1', want: ['# c', 'a: 1'] },
  ];
  for (const c of cases) it(c.name, () => expect(splitManifests(c.input)).toEqual(c.want));
});

describe('parseHead', () => {
  const cases: { name: string; input: string; want?: unknown; wantErr?: string }[] = [
    { name: 'map', input: 'kind: Service\nmetadata:\n  name: s', want: { apiVersion: '', kind: 'Service', metadata: { name: 's', annotations: null } } },
    { name: 'number kind becomes string', input: 'kind: 5', want: { apiVersion: '', kind: '5', metadata: null } },
    { name: 'null doc', input: 'null', want: { apiVersion: '', kind: '', metadata: null } },
    { name: 'string doc', input: 'hello', wantErr: 'json: cannot unmarshal string into Go value of type util.SimpleHead' },
    { name: 'list doc', input: '- a', wantErr: 'json: cannot unmarshal array into Go value of type util.SimpleHead' },
    { name: 'list kind', input: 'kind: [a]', wantErr: 'json: cannot unmarshal array into Go struct field SimpleHead.kind of type string' },
    { name: 'bad annotations', input: 'metadata:\n  annotations: x', wantErr: 'json: cannot unmarshal string into Go struct field .metadata.annotations of type map[string]string' },
    { name: 'syntax', input: 'a: [', wantErr: 'error converting YAML to JSON: yaml: line 1: did not find expected node content' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr) expect(() => parseHead(c.input)).toThrow(c.wantErr);
      else expect(parseHead(c.input)).toEqual(c.want);
    });
  }
});

describe('sortManifests + printRelease', () => {
  it('sorts by kind, unknown kinds last by name, hooks after', () => {
    const files = new Map([
      ['c/templates/b.yaml', 'kind: Deployment\n---\nkind: Zed\n---\nkind: Alpha\n'],
      ['c/templates/a.yaml', 'kind: Service\n---\nkind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: test\n'],
      ['c/templates/_p.yaml', 'kind: Secret'],
      ['c/templates/e.yaml', '  \n'],
      ['c/templates/x.yaml', 'kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: nonsense\n'],
    ]);
    const { hooks, manifests } = sortManifests(files);
    expect(manifests.map((m) => m.head.kind)).toEqual(['Service', 'Deployment', 'Alpha', 'Zed']);
    expect(hooks.map((m) => m.head.kind)).toEqual(['Pod']);
    const out = printRelease(manifests, hooks, {});
    expect(out.startsWith('---\n# Source: c/templates/a.yaml\nkind: Service\n---\n')).toBe(true);
    expect(out.endsWith('# Source: c/templates/a.yaml\nkind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: test\n')).toBe(true);
    expect(printRelease(manifests, hooks, { skipTests: true }).includes('kind: Pod')).toBe(false);
  });
  it('prints a lone newline when nothing rendered', () => expect(printRelease([], [], {})).toBe('\n'));
  it('show-only keeps pattern order and fails on a miss', () => {
    const { hooks, manifests } = sortManifests(new Map([['c/templates/a.yaml', 'kind: A'], ['c/templates/b.yaml', 'kind: B']]));
    expect(printRelease(manifests, hooks, { showOnly: ['templates/b.yaml', 'templates/*.yaml'] })).toBe(
      '---\n# Source: c/templates/b.yaml\nkind: B\n---\n# Source: c/templates/a.yaml\nkind: A\n---\n# Source: c/templates/b.yaml\nkind: B\n',
    );
    expect(() => printRelease(manifests, hooks, { showOnly: ['templates/x.yaml'] })).toThrow('could not find template templates/x.yaml in chart');
  });
});
