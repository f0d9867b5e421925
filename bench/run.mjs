// `npm run bench`: bundles bench/bench.ts (with the lib/ engine) and runs it, after
// rebuilding dist/ (bin/build-cli.mjs), so the timed `chartwright template` runs the
// current sources, started from a snapshot as users start it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'bin', 'build-cli.mjs')], { stdio: 'inherit' });
const out = join(root, 'node_modules', '.cache', 'chartwright', 'bench.mjs');
await build({
  entryPoints: [join(root, 'bench', 'bench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  packages: 'external',
  alias: { '@': root },
});
await import(pathToFileURL(out).href);
