// Which Monaco language a chart file is edited in. Kept free of any Monaco import so
// pages can call it without pulling the editor bundle in.

/** Language ids the editor knows: Monaco's own plus the two registered in monaco-setup. */
export type EditorLanguage = 'yaml' | 'plaintext' | 'shell' | 'helm-yaml' | 'helm-tpl';

/**
 * The language for a chart path such as "templates/deployment.yaml", "backend/values.yaml"
 * or "../deploy-local.sh". Only files Helm renders get the template languages: values files
 * and Chart.yaml are plain YAML (Helm never executes them), so they keep monaco-yaml's
 * validation and schema completion.
 */
export function languageFor(path: string): EditorLanguage {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  const base = parts[parts.length - 1] ?? '';
  if (base === '.helmignore') return 'plaintext';
  if (base.endsWith('.sh')) return 'shell';
  // Helm renders every file under templates/ except those starting with "_" (helpers are
  // only parsed), but a .tpl or NOTES.txt holds actions around plain text, not YAML.
  if (base.endsWith('.tpl') || base === 'NOTES.txt') return 'helm-tpl';
  if (/\.ya?ml$/.test(base)) return parts.slice(0, -1).includes('templates') ? 'helm-yaml' : 'yaml';
  if (parts.slice(0, -1).includes('templates')) return 'helm-tpl';
  return 'plaintext';
}

/**
 * The language the editor really uses. A chart template is never plain YAML or text:
 * Helm executes it first, and monaco-yaml would flag every action as broken YAML. So a
 * 'yaml' or 'plaintext' asked for a templates/ file (or .tpl, NOTES.txt) gets the template
 * language; any other choice is kept.
 */
export function editorLanguage(path: string, asked: EditorLanguage | undefined): EditorLanguage {
  const own = languageFor(path);
  if (asked === undefined) return own;
  const template = own === 'helm-yaml' || own === 'helm-tpl';
  return template && (asked === 'yaml' || asked === 'plaintext') ? own : asked;
}
