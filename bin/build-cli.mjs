// Bundles the CLI (bin/cli.ts and the lib/ it uses) into dist/ with esbuild, and builds a
// V8 startup snapshot of it. Runs from `npm ci` (prepare), so `bin/chartwright` works
// straight after install.
//
// dist/cli.cjs: the plain bundle. CommonJS rather than ESM because bin/chartwright loads it
// through vm.Script with V8's code cache (Node 20 has no compile cache for ES modules):
// compiling the 2 MB bundle would otherwise cost more than the whole render.
//
// dist/cli.blob: a user-land startup snapshot (`node --build-snapshot`) of the same code
// with the template command's modules already evaluated and the command already run over
// bin/warm-chart, so the bytecode of its usual paths is in the heap too. Started with
// `node --snapshot-blob`, a run skips compiling and evaluating the bundle and compiling
// what the render runs: this is what brings a `chartwright template` process near
// `helm template`'s own time.
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

// node-forge (most of the code the template engine loads) and bcryptjs serve only a few
// Sprig functions (encryptAES, genPrivateKey, htpasswd, …), so the bundles load them on
// first use, through a stand-in whose properties fetch the real module: a render that
// uses none of those functions never evaluates them, and the snapshot does not carry them
// (each object in it costs start-up time on every run). Loading on use also means forge's
// state is made at run time, never frozen into the snapshot.
const LAZY = /^(node-forge|bcryptjs)$/;
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    b.onResolve({ filter: LAZY }, (args) => (args.namespace === 'lazy' ? undefined : { path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      resolveDir: root,
      loader: 'js',
      contents: `let real;
function load() {
  if (real === undefined) {
    const m = require(${JSON.stringify(args.path)});
    real = m && m.__esModule && 'default' in m ? m.default : m;
  }
  return real;
}
export default new Proxy({}, { get: (_, key) => load()[key] });
`,
    }));
  },
};
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: false, sourcemap: false, logLevel: 'warning', plugins: [lazyPackages] };
await build({ ...common, entryPoints: [entry], outfile: join(dist, 'cli.cjs') });
// A stale code cache would be rejected by V8 anyway; drop it so the next run writes a fresh one.
rmSync(join(dist, 'cli.cjs.cache'), { force: true });

// The snapshot's entry. `require` of an ES module makes esbuild wrap it in a lazy
// initialiser, so requiring the template command evaluates everything it needs now,
// while bin/cli.ts (which reads argv and starts the command at once) waits for the run.
// Only `template` is evaluated: the other commands load the wizard when they run.
// The warm-up renders bin/warm-chart (the idioms most charts use) through the command
// itself, so the bytecode of the paths a usual chart takes is in the heap and a run does
// not compile them. V8 keeps no type feedback or optimised code in a snapshot, so one
// pass over each path is all that helps. The template parse cache is emptied after: it
// is keyed by the full text, so it could never serve another chart, and only makes the
// snapshot bigger. Nothing here may depend on the build's time, place or randomness.
const snapshotEntry = `
const { runTemplate } = require('./bin/cmd-template');
try {
  const chart = ${JSON.stringify(join(root, 'bin', 'warm-chart'))};
  const runs = [
    ['warm', chart],
    ['warm', '.', '-n', 'ns', '--set', 'image.tag=2,ingress.tls=null', '--set-string', 'env.WORKERS=8', '-f', 'values.yaml', '--show-only', 'templates/service.yaml'],
  ];
  for (const args of runs) {
    let err = '';
    // runTemplate has no await: the render is over when it returns.
    runTemplate(args, { stdout: () => {}, stderr: (s) => { err += s; }, cwd: chart }).then((code) => {
      if (code !== 0) process.stderr.write('chartwright: warming the snapshot failed: ' + err);
    });
  }
  require('./lib/gotemplate/template').clearParseCache();
} catch (e) {
  // Warming is an optimisation only.
  process.stderr.write('chartwright: warming the snapshot failed: ' + e + '\\n');
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
