// Helm's loader.LoadFile (pkg/chart/loader): a packaged chart given as CHART, as
// `helm package` writes it (NAME-VERSION.tgz). Unlike a directory, nothing is filtered
// (.helmignore was applied when packaging, and its default rules are not either), the
// archive's top folder may have any name, and files under several top folders make one
// chart. Before reading, the first 512 bytes must look like gzip; an archive that then
// does not read is reported without the reason, but for a bad gzip header.
import { type Chart, chartBaseApiVersion, loadFiles, text } from '../chart';
import { HelmError } from '../errors';
import { ArchiveError, type ArchiveFile, loadArchiveFiles } from './chart-archive';
import { ErrHeader } from './gzip';
import { detectContentType, sniffLen } from './sniff';

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

function fail(msg: string): never {
  throw new HelmError({ kind: 'chart', text: msg });
}

// archive.EnsureArchive: an informative error when the file is not a gzipped archive
// (a values.yaml given as CHART, say). Go reads the head into a zeroed 512-byte buffer,
// so a short file sniffs with zeros after it: short text is "application/octet-stream".
function ensureArchive(name: string, data: Uint8Array): void {
  const buffer = new Uint8Array(sniffLen);
  buffer.set(data.subarray(0, sniffLen));
  // DetectContentType may call a gzip file "application/vnd.ms-fontobject" (helm#12261),
  // so gzip's magic is checked as well.
  const contentType = detectContentType(buffer);
  if (contentType === 'application/x-gzip' || GZIP_MAGIC.every((b, i) => buffer[i] === b)) return;
  if (name.endsWith('.yml') || name.endsWith('.yaml')) fail(`file '${name}' seems to be a YAML file, but expected a gzipped archive`);
  fail(`file '${name}' does not appear to be a gzipped archive; got '${contentType}'`);
}

/**
 * Loads the chart archive `data` read from the file `name` (the absolute path Helm
 * names in its errors), as `helm template NAME CHART.tgz` does. Throws HelmError with
 * Helm's text.
 */
export function loadChartArchive(data: Uint8Array, name: string): Chart {
  ensureArchive(name, data);
  let files: ArchiveFile[];
  try {
    files = loadArchiveFiles(data);
  } catch (e) {
    if (!(e instanceof ArchiveError)) throw e;
    if (e.goErr === ErrHeader) fail(`file '${name}' does not appear to be a valid chart file (details: ${e.message})`);
    throw new HelmError({ kind: 'chart', text: 'unable to load chart archive', cause: e });
  }
  // The first Chart.yaml chooses the loader; the v1/v2 loader then reads them all.
  const chartYaml = files.find((f) => f.name === 'Chart.yaml');
  if (!chartYaml) fail('unable to detect chart version, no Chart.yaml found');
  chartBaseApiVersion(text(chartYaml.data));
  try {
    return loadFiles(files);
  } catch (e) {
    // The v2 loader's LoadFile says so for a bad gzip header anywhere below it too (a
    // packaged subchart's), its cause being wrapped all the way up.
    if (e instanceof HelmError && isGzipHeaderError(e)) fail(`file '${name}' does not appear to be a valid chart file (details: ${e.text})`);
    throw e;
  }
}

// errors.Is(err, gzip.ErrHeader) along the chain of wrapped causes.
function isGzipHeaderError(e: unknown): boolean {
  for (let c = e; c instanceof Error; c = c.cause) {
    if (c instanceof ArchiveError) return c.goErr === ErrHeader;
  }
  return false;
}
