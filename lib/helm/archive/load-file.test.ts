// loadChartArchive: a packaged chart given as bytes, as `helm template NAME CHART.tgz`
// loads it (the differential cases against helm are in bin/cmd-template.test.ts).
import { describe, expect, it } from 'vitest';
import { HelmError } from '../errors';
import { loadChartArchive } from './load-file';
import { concat, gzip, tar, tarEntry, tgz } from './tar-build.test-util';

const cy = (name: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`;
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const NAME = '/charts/x.tgz';

// A gzip member whose file-name field puts "LP" at bytes 34-35, where sniffing sees a font.
function fontLookingGzip(): Uint8Array {
  const good = tgz({ 'g/Chart.yaml': cy('font') });
  const header = good.slice(0, 10);
  header[3] = 0x08; // FNAME
  return concat(header, latin1('x'.repeat(24) + 'LP\x00'), good.subarray(10));
}

interface Case {
  name: string;
  input: Uint8Array;
  file?: string;
  /** chart name, files served by .Files and template names */
  want?: { chart: string; files: string[]; templates: string[]; deps?: string[] };
  wantErr?: string;
}

const cases: Case[] = [
  {
    name: 'top folder of any name, nothing filtered',
    input: tgz({ 'other/Chart.yaml': cy('c'), 'other/.helmignore': '*.txt\ntemplates/\n', 'other/a.txt': 'a', 'other/templates/.hidden.yaml': 'x', 'other/charts/s/Chart.yaml': cy('s') }),
    want: { chart: 'c', files: ['.helmignore', 'a.txt'], templates: ['templates/.hidden.yaml'], deps: ['s'] },
  },
  {
    name: 'files of several top folders make one chart',
    input: tgz({ 'a/templates/t.yaml': 'x', 'b/Chart.yaml': cy('b'), 'c/f.txt': 'f' }),
    want: { chart: 'b', files: ['f.txt'], templates: ['templates/t.yaml'] },
  },
  {
    name: 'a later Chart.yaml overrides the fields it sets',
    input: tgz({ 'a/Chart.yaml': cy('first', 'appVersion: "1"\n'), 'b/Chart.yaml': 'name: second\n' }),
    want: { chart: 'second', files: [], templates: [] },
  },
  { name: 'gzip that sniffs as a font', input: fontLookingGzip(), want: { chart: 'font', files: [], templates: [] } },
  { name: 'not gzip', input: latin1('hello\n'), wantErr: "file '/charts/x.tgz' does not appear to be a gzipped archive; got 'application/octet-stream'" },
  { name: 'YAML by its name', input: latin1('a: 1\n'), file: '/c/values.yml', wantErr: "file '/c/values.yml' seems to be a YAML file, but expected a gzipped archive" },
  { name: 'a real archive named .yaml', input: tgz({ 'c/Chart.yaml': cy('c') }), file: '/c/values.yaml', want: { chart: 'c', files: [], templates: [] } },
  { name: 'bad gzip header', input: (() => { const b = tgz({ 'c/Chart.yaml': cy('c') }); return concat(Uint8Array.of(...b.subarray(0, 3), b[3] | 2, ...b.subarray(4, 10)), new Uint8Array(2), b.subarray(10)); })(), wantErr: "file '/charts/x.tgz' does not appear to be a valid chart file (details: gzip: invalid header)" },
  { name: 'tar error, reason untold', input: gzip(tar(tarEntry({ name: 'c/Chart.yaml', data: cy('c'), badChecksum: true }))), wantErr: 'unable to load chart archive' },
  { name: 'no files', input: gzip(tar()), wantErr: 'unable to load chart archive' },
  { name: 'file outside the top folder', input: tgz({ 'c/Chart.yaml': cy('c'), README: 'x' }), wantErr: 'unable to load chart archive' },
  { name: 'no Chart.yaml', input: tgz({ 'c/values.yaml': 'a: 1\n' }), wantErr: 'unable to detect chart version, no Chart.yaml found' },
  { name: 'unknown apiVersion', input: tgz({ 'c/Chart.yaml': 'apiVersion: v9\n' }), wantErr: 'unsupported chart version' },
  { name: 'Chart.yaml not a map', input: tgz({ 'c/Chart.yaml': '- a\n' }), wantErr: 'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type loader.chartBase' },
  { name: 'empty Chart.yaml is a v1 chart without a name', input: tgz({ 'c/Chart.yaml': '' }), wantErr: 'validation: chart.metadata.name is required' },
  {
    name: 'bad gzip header of a packaged subchart',
    input: tgz({ 'c/Chart.yaml': cy('c'), 'c/charts/s-0.1.0.tgz': 'not gzip at all' }),
    wantErr: "file '/charts/x.tgz' does not appear to be a valid chart file (details: error unpacking subchart s-0.1.0.tgz in c: gzip: invalid header)",
  },
];

describe('loadChartArchive', () => {
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) {
        let err: unknown;
        try {
          loadChartArchive(c.input, c.file ?? NAME);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(HelmError);
        expect((err as HelmError).text).toBe(c.wantErr);
        return;
      }
      const chart = loadChartArchive(c.input, c.file ?? NAME);
      expect({
        chart: chart.metadata.name,
        files: chart.files.map((f) => f.name).sort(),
        templates: chart.templates.map((f) => f.name).sort(),
        ...(c.want!.deps ? { deps: chart.dependencies.map((d) => d.metadata.name) } : {}),
      }).toEqual(c.want);
    });
  }
});
