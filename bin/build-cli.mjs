// Bundles the CLI (bin/cli.ts and the lib/ it uses) into dist/ with esbuild, and builds a
// V8 startup snapshot of it. Runs from `npm ci` (prepare), so `bin/chartwright` works
// straight after install.
//
// dist/cli.cjs: the plain bundle. CommonJS rather than ESM because bin/chartwright loads it
// through vm.Script with V8's code cache (Node 20 has no compile cache for ES modules):
// compiling the 2 MB bundle would otherwise cost more than the whole render.
//
// dist/cli.blob: a user-land startup snapshot (`node --build-snapshot`) of the same code
// with every module already evaluated and the engine already run over a few generated
// charts, so its bytecode is in the heap too. Started with `node --snapshot-blob`, a run
// skips compiling and evaluating the bundle and most of the cold first render: this is
// what brings a `chartwright template` process near `helm template`'s own time.
// dist/cli.blob.node names the node it was built by: a snapshot only loads in that exact
// node binary (and V8 flags), so bin/chartwright uses it only then.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entry = join(root, 'bin', 'cli.ts');
if (!existsSync(entry)) process.exit(0);

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: false, sourcemap: false, logLevel: 'warning' };
await build({ ...common, entryPoints: [entry], outfile: join(dist, 'cli.cjs') });
// A stale code cache would be rejected by V8 anyway; drop it so the next run writes a fresh one.
rmSync(join(dist, 'cli.cjs.cache'), { force: true });

// The snapshot's entry. `require` of an ES module makes esbuild wrap it in a lazy
// initialiser, so requiring the subcommands evaluates everything the CLI needs now,
// while bin/cli.ts (which reads argv and starts the command at once) waits for the run.
// The warm-up renders only compile the engine's code; the memos they fill are keyed by
// the full input text, so they cannot change another chart's output.
const snapshotEntry = `
require('./bin/cmd-template');
require('./bin/cmd-create');
try {
  const { renderChart } = require('./lib/helm/index');
  const { PRESETS, presetState } = require('./lib/wizard/presets');
  const { generateChart } = require('./lib/wizard/generate');
  const enc = new TextEncoder();
  for (let round = 0; round < 3; round++) {
    for (const p of PRESETS) {
      const files = {};
      // generateChart's paths start with the chart's directory; renderChart wants them without.
      for (const [path, text] of Object.entries(generateChart(presetState(p.id)))) files[path.slice(path.indexOf('/') + 1)] = enc.encode(text);
      try {
        renderChart(files, { releaseName: 'warm', namespace: 'warm', set: ['warm=1'] });
      } catch {
        /* a preset the engine rejects still warmed what it ran */
      }
    }
  }
} catch {
  /* warming is an optimisation only */
}
require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {
  require('./bin/cli');
});
`;
const blob = join(dist, 'cli.blob');
const marker = blob + '.node';
// Built under names of this process's own and renamed into place: a test run may build
// while other processes run bin/chartwright, which must never read a half-written blob.
const snapEntry = join(dist, `cli-snapshot.${process.pid}.cjs`);
const tmpBlob = join(dist, `cli.blob.${process.pid}`);
// Whitespace-minified: the heap keeps every function's source text, and a smaller heap
// deserializes faster (about a tenth of the snapshot's start-up); names are kept as they are.
await build({
  ...common,
  minifyWhitespace: true,
  legalComments: 'none',
  stdin: { contents: snapshotEntry, resolveDir: root, sourcefile: 'cli-snapshot.cjs', loader: 'js' },
  outfile: snapEntry,
});

/** The node `command -v node` finds on PATH, as bin/chartwright (a sh script) will see it. */
function nodeOnPath() {
  for (const d of (process.env.PATH ?? '').split(delimiter)) {
    if (d === '') continue;
    const p = join(d, 'node');
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

// Only when the node on PATH is the one running this build: the blob is tied to it.
const node = nodeOnPath();
let built = false;
if (node !== undefined && process.platform !== 'win32' && realpathSync(node) === realpathSync(process.execPath)) {
  try {
    execFileSync(node, ['--snapshot-blob', tmpBlob, '--build-snapshot', snapEntry], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    // Check it loads and runs before bin/chartwright is allowed to use it.
    const help = execFileSync(node, ['--snapshot-blob', tmpBlob, join(root, 'bin', 'chartwright'), '--help'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (!help.startsWith('Usage:')) throw new Error('snapshot did not run the CLI');
    writeFileSync(marker, node + '\n');
    renameSync(tmpBlob, blob);
    built = true;
  } catch (e) {
    console.warn(`chartwright: no startup snapshot (${e instanceof Error ? e.message.split('\n')[0] : e}); the CLI runs without it`);
  }
}
// The blob needs nothing else at run time; an old one would run old code, so it goes too.
rmSync(snapEntry, { force: true });
rmSync(tmpBlob, { force: true });
if (!built) {
  rmSync(blob, { force: true });
  rmSync(marker, { force: true });
}
