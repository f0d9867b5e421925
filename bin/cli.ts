// chartwright's command line. Subcommands live in their own files (cmd-*.ts) and are
// registered in COMMANDS; bin/build-cli.mjs bundles this file into dist/cli.cjs.
import process from 'node:process';
import type { Command, CommandIO } from './commands';
import { templateCommand } from './cmd-template';
import { createCommand, presetsCommand } from './cmd-create';

export const COMMANDS: Record<string, Command> = {
  template: templateCommand,
  presets: presetsCommand,
  create: createCommand,
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
  const c = COMMANDS[cmd];
  if (!c) {
    io.stderr(`Error: unknown command "${cmd}" for "chartwright"\nRun 'chartwright --help' for usage.\n`);
    return 1;
  }
  return c.run(rest, io);
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as helm does.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const io: CommandIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
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
