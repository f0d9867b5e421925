// Helm's archive.LoadArchiveFiles (pkg/chart/loader/archive): the files of a packaged
// chart (CHART-VERSION.tgz, as `helm package` writes it) by their path inside the
// chart. The archive's top-level directory is the chart, whatever its name; paths are
// checked as Helm checks them, sizes are capped, a UTF-8 byte order mark is dropped.
// .helmignore is not applied (packaging already did), but the file itself is kept.
import { clean } from '../../sprig/paths';
import { quote } from '../../gotemplate/strconv';
import { EOF, GoError } from './goio';
import { GzipReader } from './gzip';
import { TarReader, TypeXGlobalHeader, TypeXHeader, isDir } from './tar';

/** The whole decompressed size Helm accepts from one archive: 100 MiB. */
export const MaxDecompressedChartSize = 100 * 1024 * 1024;
/** The size Helm accepts for one file in an archive: 5 MiB. */
export const MaxDecompressedFileSize = 5 * 1024 * 1024;

export interface ArchiveFile {
  name: string;
  data: Uint8Array;
}

/** Why an archive could not be loaded; `message` is Helm's text. */
export class ArchiveError extends Error {
  /** the Go error value, for errors.Is (gzip.ErrHeader is reported apart) */
  readonly goErr: GoError;

  constructor(goErr: GoError) {
    super(goErr.message);
    this.goErr = goErr;
  }
}

const drivePathPattern = /^[a-zA-Z]:\//;

// path.IsAbs
const isAbs = (p: string) => p.startsWith('/');

/** Reads a chart archive; throws ArchiveError with what Helm prints. */
export function loadArchiveFiles(data: Uint8Array): ArchiveFile[] {
  try {
    return readArchive(data);
  } catch (e) {
    if (e instanceof GoError) throw new ArchiveError(e);
    throw e;
  }
}

function fail(msg: string): never {
  throw new GoError(msg);
}

function readArchive(data: Uint8Array): ArchiveFile[] {
  const [unzipped, zerr] = GzipReader.open(data);
  if (zerr !== null) throw zerr;
  const files: ArchiveFile[] = [];
  const tr = new TarReader(unzipped!);
  let remainingSize = MaxDecompressedChartSize;
  for (;;) {
    const [hd, err] = tr.next();
    if (err === EOF) break;
    if (err !== null) throw err;
    const h = hd!;
    // FileInfo().IsDir() rather than the type flag: it needs no inference chasing.
    if (isDir(h)) continue;
    // We don't want to process these extension header files.
    if (h.typeflag === TypeXGlobalHeader || h.typeflag === TypeXHeader) continue;

    // Archive could contain \ if generated on Windows
    const delimiter = h.name.includes('\\') ? '\\' : '/';
    const parts = h.name.split(delimiter);
    let n = parts.slice(1).join(delimiter);
    // Normalize the path to the / delimiter
    n = n.split(delimiter).join('/');

    if (isAbs(n)) fail('chart illegally contains absolute paths');
    n = clean(n);
    // The original path was relative when it should have been inside the chart's folder.
    if (n === '.') fail(`chart illegally contains content outside the base directory: ${quote(h.name)}`);
    if (n.startsWith('..')) fail('chart illegally references parent directory');
    // Unix and Windows paths intermixed can still make c:/foo after the checks above.
    if (drivePathPattern.test(n)) fail('chart contains illegally named files');
    if (parts[0] === 'Chart.yaml') fail('chart yaml not in base directory');

    if (h.size > remainingSize) fail(`decompressed chart is larger than the maximum size ${MaxDecompressedChartSize}`);
    if (h.size > MaxDecompressedFileSize) {
      fail(`decompressed chart file ${quote(h.name)} is larger than the maximum file size ${MaxDecompressedFileSize}`);
    }

    // io.Copy(buffer, io.LimitReader(tr, remainingSize))
    const [body, copyErr] = readLimited(tr, remainingSize);
    if (copyErr !== null) throw copyErr;
    remainingSize -= body.length;
    // Fewer bytes than the header says means the limit cut the copy short.
    if (body.length < h.size || remainingSize <= 0) fail(`decompressed chart is larger than the maximum size ${MaxDecompressedChartSize}`);

    const bom = body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
    files.push({ name: n, data: bom ? body.subarray(3) : body });
  }
  if (files.length === 0) fail('no files in chart archive');
  return files;
}

// The entry's data up to `limit` bytes; an error other than io.EOF is returned with it.
function readLimited(tr: TarReader, limit: number): [Uint8Array, GoError | null] {
  let buf = new Uint8Array(Math.min(Math.max(limit, 0), 4096));
  let n = 0;
  while (n < limit) {
    if (n === buf.length) {
      const grown = new Uint8Array(Math.min(buf.length * 2, limit));
      grown.set(buf);
      buf = grown;
    }
    const [nn, err] = tr.read(buf.subarray(n));
    n += nn;
    if (err === EOF) break;
    if (err !== null) return [buf.subarray(0, n), err];
  }
  return [buf.subarray(0, n), null];
}
