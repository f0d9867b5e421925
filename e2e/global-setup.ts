// Browser tests need Debian's Chromium: install it when missing and we are root,
// otherwise stop with the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  if (existsSync('/usr/bin/chromium')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const cmd = 'apt-get update && apt-get install -y chromium';
  if (!isRoot) throw new Error(`Chromium is missing at /usr/bin/chromium. Install it with: sudo sh -c '${cmd}'`);
  console.log(`e2e: installing Chromium (${cmd})…`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync('/usr/bin/chromium')) throw new Error(`Chromium still missing after: ${cmd}`);
}
