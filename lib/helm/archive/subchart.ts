// A packaged subchart (charts/NAME-VERSION.tgz) as loader.LoadFiles takes it: the
// archive's files, which then load like an unpacked charts/NAME/ folder.
import type { ChartFile } from '../chart';
import { HelmError } from '../errors';
import { ArchiveError, loadArchiveFiles } from './chart-archive';

/**
 * The files of the subchart archive `n` (a name under the parent's charts/ ending in
 * .tgz), given the files grouped under that name. Throws HelmError with Helm's text.
 */
export function unpackSubchart(n: string, files: ChartFile[], parentName: string): ChartFile[] {
  // A folder named *.tgz: Helm expects the archive file itself first.
  const file = files[0];
  if (file.name !== n) {
    throw new HelmError({ kind: 'chart', text: `error unpacking subchart tar in ${parentName}: expected ${n}, got ${file.name}`, file: `charts/${file.name}` });
  }
  try {
    return loadArchiveFiles(file.data);
  } catch (e) {
    if (e instanceof ArchiveError) {
      throw new HelmError({ kind: 'chart', text: `error unpacking subchart ${n} in ${parentName}: ${e.message}`, file: `charts/${n}`, cause: e });
    }
    throw e;
  }
}
