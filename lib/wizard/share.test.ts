import { describe, expect, it } from 'vitest';
import { applyJson, decodeShare, diffJson, encodeShare, ShareLinkError, type Json } from './share';

const PRESET: Json = { chart: { name: 'backend', port: 8000 }, values: 'replicaCount: 1\n', files: {}, keep: ['ingress', 'hpa'] };
const presets = (id: string) => (id === 'walkthrough' ? PRESET : undefined);

describe('diffJson/applyJson', () => {
  const cases: { name: string; base: Json; next: Json }[] = [
    { name: 'equal', base: PRESET, next: PRESET },
    { name: 'changed leaf', base: PRESET, next: { ...(PRESET as object), chart: { name: 'api', port: 8000 } } },
    { name: 'added key', base: { a: 1 }, next: { a: 1, b: { c: [1, 2] } } },
    { name: 'removed key', base: { a: 1, b: 2 }, next: { a: 1 } },
    { name: 'array replaced', base: { k: [1, 2, 3] }, next: { k: [3] } },
    { name: 'type change', base: { k: { x: 1 } }, next: { k: 'x' } },
    { name: 'to null', base: { k: 1 }, next: { k: null } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(applyJson(c.base, diffJson(c.base, c.next))).toEqual(c.next);
    });
  }
  it('carries only what differs', () => {
    expect(diffJson(PRESET, { ...(PRESET as object), values: 'replicaCount: 3\n' })).toEqual({ values: 'replicaCount: 3\n' });
    expect(diffJson(PRESET, PRESET)).toBeUndefined();
  });
});

describe('share links', () => {
  const edited: Json = { chart: { name: 'api', port: 9000 }, values: 'replicaCount: 3\n# ünïcode ✓\n', files: { 'templates/x.yaml': 'a: 1' }, keep: [] };

  it('round-trips a state through the fragment', async () => {
    const f = await encodeShare('walkthrough', PRESET, edited);
    expect(f.startsWith('v1.')).toBe(true);
    expect(await decodeShare('#' + f, presets)).toEqual({ presetId: 'walkthrough', state: edited });
  });

  it('an unchanged state gives a short link', async () => {
    const f = await encodeShare('walkthrough', PRESET, PRESET);
    expect(f.length).toBeLessThan(80);
  });

  const bad: { name: string; frag: (good: string) => string; reason: ShareLinkError['reason'] }[] = [
    { name: 'wrong version', frag: (g) => 'v0' + g.slice(2), reason: 'version' },
    { name: 'no version', frag: () => 'garbage', reason: 'version' },
    { name: 'bad characters', frag: (g) => g + '!!', reason: 'corrupt' },
    { name: 'truncated', frag: (g) => g.slice(0, g.length - 12), reason: 'corrupt' },
    { name: 'oversized', frag: () => 'v1.' + 'A'.repeat(300_000), reason: 'oversized' },
  ];
  for (const b of bad) {
    it(`refuses a link: ${b.name}`, async () => {
      const good = await encodeShare('walkthrough', PRESET, edited);
      await expect(decodeShare(b.frag(good), presets)).rejects.toMatchObject({ reason: b.reason });
    });
  }

  it('refuses a tampered payload whose checksum no longer matches', async () => {
    // Re-pack a payload with a changed diff but the old checksum.
    const good = await encodeShare('walkthrough', PRESET, edited);
    const { state } = await decodeShare(good, presets);
    expect(state).toEqual(edited);
    const raw = JSON.stringify({ p: 'walkthrough', d: { values: 'evil: 1\n' }, c: '0000000000000000' });
    const cs = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(cs).arrayBuffer());
    const frag = 'v1.' + Buffer.from(bytes).toString('base64url');
    await expect(decodeShare(frag, presets)).rejects.toMatchObject({ reason: 'tampered' });
  });

  it('refuses an unknown preset', async () => {
    const f = await encodeShare('nosuch', PRESET, edited);
    await expect(decodeShare(f, presets)).rejects.toBeInstanceOf(ShareLinkError);
  });
});
