// Bundles the CLI (bin/cli.ts and the lib/ it uses) into dist/cli.mjs with esbuild.
// Runs from `npm ci` (prepare), so `bin/chartwright` works straight after install and
// starts as fast as one plain JS file can.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'bin', 'cli.ts');
if (!existsSync(entry)) process.exit(0);
await build({
  entryPoints: [entry],
  outfile: join(root, 'dist', 'cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);" },
});
