// `helm template --output-dir DIR`: instead of printing, Helm writes every document to
// DIR/SOURCE (CRDs first, then the sorted manifests, then the hooks), printing
// `wrote PATH` for each; documents from the same template file go into one file.
// Which writes append is decided where the files are (bin/): a CRD or manifest appends
// to a file this run already wrote, a hook to any file that exists — even one left by
// an earlier run. Only the plan is made here; the file system stays out of lib/.
import { clean } from '../sprig/paths';
import type { Hook, Manifest } from './sort';

export interface OutputWrite {
  /** the path as Helm prints it: DIR + "/" + source path, DIR as given */
  path: string;
  /** `---\n# Source: NAME\nDOC\n` */
  text: string;
  /** hooks append to a file that exists; the others to one written earlier in the run */
  hook: boolean;
}

export interface OutputDirOptions {
  outputDir: string;
  /** --release-name: write under DIR/RELEASE (CRDs excepted) */
  useReleaseName?: boolean;
  releaseName: string;
  skipTests?: boolean;
  noHooks?: boolean;
  /** with --include-crds: the CRD files, by their full path */
  crds?: { name: string; data: string }[];
}

// filepath.Join(dir, name): the elements joined by "/" and cleaned.
function join(dir: string, name: string): string {
  return dir === '' ? clean(name) : clean(dir + '/' + name);
}

/** The writes of `helm template --output-dir`, in Helm's order. */
export function outputDirWrites(manifests: Manifest[], hooks: Hook[], opts: OutputDirOptions): OutputWrite[] {
  const writes: OutputWrite[] = [];
  const write = (dir: string, name: string, data: string, hook: boolean) =>
    writes.push({ path: `${dir}/${name}`, text: `---\n# Source: ${name}\n${data}\n`, hook });
  for (const crd of opts.crds ?? []) write(opts.outputDir, crd.name, crd.data, false);
  const dir = opts.useReleaseName ? join(opts.outputDir, opts.releaseName) : opts.outputDir;
  for (const m of manifests) write(dir, m.name, m.content, false);
  if (!opts.noHooks) {
    for (const h of hooks) {
      if (opts.skipTests && h.events.includes('test')) continue;
      write(dir, h.name, h.content, true);
    }
  }
  return writes;
}
