// Bundles the CLI (bin/cli.ts and the lib/ it uses) into dist/cli.cjs with esbuild.
// Runs from `npm ci` (prepare), so `bin/chartwright` works straight after install.
// CommonJS rather than ESM because bin/chartwright loads it through vm.Script with V8's
// code cache (Node 20 has no compile cache for ES modules): compiling the 2 MB bundle
// would otherwise cost more than the whole render.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'bin', 'cli.ts');
if (!existsSync(entry)) process.exit(0);
await build({
  entryPoints: [entry],
  outfile: join(root, 'dist', 'cli.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
});
// A stale code cache would be rejected by V8 anyway; drop it so the next run writes a fresh one.
rmSync(join(root, 'dist', 'cli.cjs.cache'), { force: true });
