// chartwright's command line. Subcommands live in their own files (cmd-*.ts) and are
// registered in COMMANDS; bin/build-cli.mjs bundles this file into dist/cli.cjs.
import process from 'node:process';
import type { Command, CommandIO } from './commands';
import { toBytes } from '../lib/gotemplate/utf8';

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

// A command's module is loaded when it runs: `create` and `presets` bring the whole
// wizard (generator, zip), which `template` never needs, and the startup snapshot
// (bin/build-cli.mjs) holds only what `template` runs, since every object in it costs
// start-up time on each run.
export const COMMANDS: Record<string, CommandEntry> = {
  template: {
    summary: 'locally render templates, exactly as `helm template` (Helm 4.1.4) prints them',
    load: async () => (await import('./cmd-template')).templateCommand,
  },
  presets: {
    summary: 'List the presets a chart can start from',
    load: async () => (await import('./cmd-create')).presetsCommand,
  },
  create: {
    summary: 'Write a chart zip from a preset or a share link',
    load: async () => (await import('./cmd-create')).createCommand,
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(12)}${c.summary}`);
  return `Usage:\n  chartwright [command]\n\nAvailable Commands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    io.stdout(usage());
    return 0;
  }
  const c = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!c) {
    io.stderr(`Error: unknown command "${cmd}" for "chartwright"\nRun 'chartwright --help' for usage.\n`);
    return 1;
  }
  return (await c.load()).run(rest, io);
}

// stderr carries Helm's text and nothing else: node-forge's use of Buffer() would add
// node's DEP0005 warning (genPrivateKey "ed25519").
process.noDeprecation = true;

// A reader that stops early (`| head`) closes the pipe: stop quietly, as helm does.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const io: CommandIO = {
  // Go strings may hold bytes that are not UTF-8 (lib/gotemplate/utf8.ts); they go out as
  // those bytes, as Helm writes them
  stdout: (s) => process.stdout.write(toBytes(s)),
  stderr: (s) => process.stderr.write(toBytes(s)),
  cwd: process.cwd(),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`Error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
