// Extract the Helm oracle once before any test file runs; a missing binary fails the run.
import { ensureTool, run } from './helm';

export async function setup(): Promise<void> {
  const helm = await ensureTool('helm');
  const v = await run(helm, ['version', '--short']);
  if (v.code !== 0 || !v.stdout.startsWith('v4.1.4')) {
    throw new Error(`Helm oracle at ${helm} is not v4.1.4: ${v.stdout}${v.stderr}`);
  }
  await ensureTool('kubectl');
}

export async function teardown(): Promise<void> {
  const { KNOWN_DIFFERENCES } = await import('./known-differences');
  const n = Object.keys(KNOWN_DIFFERENCES).length;
  console.log(`\nknown differences from Helm: ${n}${n ? ' — ' + Object.keys(KNOWN_DIFFERENCES).join(', ') : ''}`);
}
