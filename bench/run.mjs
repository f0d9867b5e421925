// `npm run bench`: bundles bench/bench.ts (with the lib/ engine) and runs it.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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
