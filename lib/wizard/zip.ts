// The download: generateChart's files in a zip, the same bytes for the same state (a
// fixed date, sorted entries, fixed compression, explicit folder entries — jszip would
// otherwise stamp implicit folders with the current time). deploy-local.sh keeps its exec
// bit through unix permissions, so `unzip` gives an executable script.
import JSZip from 'jszip';
import { generateChart } from './generate';
import type { WizardState } from './state';

// The earliest date a zip can hold (DOS time starts in 1980); jszip writes it in UTC.
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
const FILE_MODE = 0o100644;
const EXEC_MODE = 0o100755;
const DIR_MODE = 0o040755;

function folders(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/') + '/');
  }
  return [...out];
}

/** A zip of `files` (path → text); paths ending in .sh are executable. */
export async function zipFiles(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  const paths = Object.keys(files);
  const entries = [...folders(paths), ...paths].sort();
  for (const p of entries) {
    if (p.endsWith('/')) {
      zip.file(p, null, { dir: true, date: FIXED_DATE, unixPermissions: DIR_MODE, createFolders: false });
    } else {
      zip.file(p, files[p], { date: FIXED_DATE, unixPermissions: p.endsWith('.sh') ? EXEC_MODE : FILE_MODE, createFolders: false });
    }
  }
  return zip.generateAsync({
    type: 'uint8array',
    platform: 'UNIX',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** The chart, values-local.yaml and values.schema.json under CHART/, with deploy-local.sh and README.md beside it. */
export function buildZip(state: WizardState): Promise<Uint8Array> {
  return zipFiles(generateChart(state));
}

/** The download's file name. */
export function zipName(state: WizardState): string {
  return `${state.chart.name}-${state.chart.version}.zip`;
}
