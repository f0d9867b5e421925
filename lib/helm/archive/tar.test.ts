// The tar reader on hand-built archives, and Helm's chart-archive rules on top of it.
import { describe, expect, it } from 'vitest';
import { ByteBuffer, EOF, type GoError } from './goio';
import { TarReader, isDir } from './tar';
import { ArchiveError, loadArchiveFiles } from './chart-archive';
import { concat, gnuLongName, gzip, paxEntry, tar, tarEntry, tarHeader, tgz } from './tar-build.test-util';

const dec = new TextDecoder();

// Every entry as "name:type:data" (directories as "name/:dir"), or the error that stopped it.
function listTar(archive: Uint8Array): string[] {
  const tr = new TarReader(new ByteBuffer(archive));
  const out: string[] = [];
  for (;;) {
    const [h, err] = tr.next();
    if (err === EOF) return out;
    if (err !== null) return [...out, `error: ${err.message}`];
    if (isDir(h!)) {
      out.push(`${h!.name}:dir`);
      continue;
    }
    const buf = new Uint8Array(h!.size);
    let n = 0;
    let rerr: GoError | null = null;
    while (n < buf.length && rerr === null) {
      const [nn, e] = tr.read(buf.subarray(n));
      n += nn;
      rerr = e === EOF ? null : e;
      if (nn === 0 && e !== null) break;
    }
    if (rerr !== null) return [...out, `error: ${rerr.message}`];
    out.push(`${h!.name}:${String.fromCharCode(h!.typeflag)}:${dec.decode(buf.subarray(0, n))}`);
  }
}

const LONG = 'c/templates/' + 'very-long-directory-name/'.repeat(6) + 'deployment.yaml';

describe('TarReader', () => {
  const base256Size = new Uint8Array(12);
  base256Size[0] = 0x80;
  base256Size[11] = 3;
  const cases: { name: string; input: () => Uint8Array; want: string[] }[] = [
    { name: 'ustar files and a directory', input: () => tar(tarEntry({ name: 'c/', type: '5' }), tarEntry({ name: 'c/a.txt', data: 'hello' }), tarEntry({ name: 'c/b', data: 'x'.repeat(600) })), want: ['c/:dir', 'c/a.txt:0:hello', `c/b:0:${'x'.repeat(600)}`] },
    { name: 'ustar prefix joins the name', input: () => tar(tarEntry({ name: 'deployment.yaml', prefix: 'c/templates', data: 'd' })), want: ['c/templates/deployment.yaml:0:d'] },
    { name: 'GNU format', input: () => tar(tarEntry({ name: 'c/a', data: 'g', format: 'gnu' })), want: ['c/a:0:g'] },
    { name: 'V7 format, legacy type flags', input: () => tar(tarEntry({ name: 'c/a', data: 'v', format: 'v7', type: '\0' }), tarEntry({ name: 'c/d/', format: 'v7', type: '\0' })), want: ['c/a:0:v', 'c/d/:dir'] },
    { name: 'directory by mode bits', input: () => tar(tarEntry({ name: 'c/m', type: '0', mode: 0o40755 })), want: ['c/m:dir'] },
    { name: 'PAX long path', input: () => tar(paxEntry({ path: LONG }), tarEntry({ name: 'short', data: 'p' })), want: [`${LONG}:0:p`] },
    { name: 'PAX size overrides the header', input: () => tar(paxEntry({ size: '2' }), tarEntry({ name: 'c/a', data: 'ab', size: 0 })), want: ['c/a:0:ab'] },
    { name: 'PAX UTF-8 path', input: () => tar(paxEntry({ path: 'c/héllo✓.txt' }), tarEntry({ name: 'x', data: 'u' })), want: ['c/héllo✓.txt:0:u'] },
    { name: 'PAX global header is an entry', input: () => tar(tarEntry({ name: 'g', type: 'g', data: '13 comment=x\n' }), tarEntry({ name: 'c/a', data: 'a' })), want: ['g:g:', 'c/a:0:a'] },
    { name: 'GNU long name', input: () => tar(gnuLongName(LONG), tarEntry({ name: 'short', data: 'l', format: 'gnu' })), want: [`${LONG}:0:l`] },
    { name: 'symlink has no data', input: () => tar(tarEntry({ name: 'c/link', type: '2', size: 5 }), tarEntry({ name: 'c/a', data: 'a' })), want: ['c/link:2:', 'c/a:0:a'] },
    { name: 'base-256 size', input: () => tar(concat(tarHeader({ name: 'c/a', rawSize: base256Size }), new Uint8Array(512).fill(0x61, 0, 3))), want: ['c/a:0:aaa'] },
    { name: 'no end blocks', input: () => tarEntry({ name: 'c/a', data: 'a' }), want: ['c/a:0:a'] },
    { name: 'empty archive', input: () => new Uint8Array(0), want: [] },
    { name: 'bad checksum', input: () => tar(tarEntry({ name: 'c/a', data: 'a', badChecksum: true })), want: ['error: archive/tar: invalid tar header'] },
    { name: 'zero block, then a header', input: () => concat(new Uint8Array(512), tarEntry({ name: 'c/a', data: 'a' })), want: ['error: archive/tar: invalid tar header'] },
    { name: 'bad octal size', input: () => tar(tarEntry({ name: 'c/a', rawSize: new TextEncoder().encode('12x\0') })), want: ['error: archive/tar: invalid tar header'] },
    { name: 'bad PAX record', input: () => tar(tarEntry({ name: 'p', type: 'x', data: '99 path=x\n' }), tarEntry({ name: 'c/a', data: 'a' })), want: ['error: archive/tar: invalid tar header'] },
    { name: 'bad PAX size', input: () => tar(paxEntry({ size: 'big' }), tarEntry({ name: 'c/a', data: 'a' })), want: ['error: archive/tar: invalid tar header'] },
    { name: 'header cut short', input: () => tarEntry({ name: 'c/a', data: 'a' }).subarray(0, 300), want: ['error: unexpected EOF'] },
    { name: 'data cut short', input: () => tarHeader({ name: 'c/a', size: 100 }), want: ['error: unexpected EOF'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(listTar(c.input())).toEqual(c.want);
    });
  }
});

describe('loadArchiveFiles (Helm rules)', () => {
  const names = (files: { name: string; data: Uint8Array }[]) => files.map((f) => `${f.name}=${dec.decode(f.data)}`);
  const cases: { name: string; input: () => Uint8Array; want?: string[]; wantErr?: string }[] = [
    { name: 'top folder is dropped, whatever its name', input: () => tgz({ 'other/Chart.yaml': 'c', 'other/templates/a.yaml': 'a' }), want: ['Chart.yaml=c', 'templates/a.yaml=a'] },
    { name: 'paths are cleaned', input: () => tgz({ 'c/./templates/../values.yaml': 'v', 'c/a//b': 'x' }), want: ['values.yaml=v', 'a/b=x'] },
    { name: 'windows separators', input: () => tgz({ 'c\\templates\\a.yaml': 'a' }), want: ['templates/a.yaml=a'] },
    { name: 'byte order mark dropped', input: () => tgz({ 'c/values.yaml': '\ufeffa: 1' }), want: ['values.yaml=a: 1'] },
    { name: 'directories and global headers skipped', input: () => gzip(tar(tarEntry({ name: 'c/', type: '5' }), tarEntry({ name: 'g', type: 'g', data: '13 comment=x\n' }), tarEntry({ name: 'c/a', data: 'a' }))), want: ['a=a'] },
    { name: 'file outside the folder', input: () => tgz({ 'README.md': 'r' }), wantErr: 'chart illegally contains content outside the base directory: "README.md"' },
    { name: 'absolute path', input: () => tgz({ 'c//etc/passwd': 'x' }), wantErr: 'chart illegally contains absolute paths' },
    { name: 'parent directory', input: () => tgz({ 'c/../../x': 'x' }), wantErr: 'chart illegally references parent directory' },
    { name: 'drive letter', input: () => tgz({ 'c/c:/x': 'x' }), wantErr: 'chart contains illegally named files' },
    { name: 'Chart.yaml as the folder', input: () => tgz({ 'Chart.yaml/x': 'x' }), wantErr: 'chart yaml not in base directory' },
    { name: 'no files', input: () => gzip(tar(tarEntry({ name: 'c/', type: '5' }))), wantErr: 'no files in chart archive' },
    { name: 'empty tar', input: () => gzip(new Uint8Array(0)), wantErr: 'no files in chart archive' },
    { name: 'file over 5 MiB', input: () => tgz({ 'c/big': new Uint8Array(5 * 1024 * 1024 + 1) }), wantErr: 'decompressed chart file "c/big" is larger than the maximum file size 5242880' },
    { name: 'not gzip', input: () => new TextEncoder().encode('apiVersion: v2\n'), wantErr: 'gzip: invalid header' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) {
        let err: unknown;
        try {
          loadArchiveFiles(c.input());
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(ArchiveError);
        expect((err as Error).message).toBe(c.wantErr);
        return;
      }
      expect(names(loadArchiveFiles(c.input()))).toEqual(c.want);
    });
  }
});
