// Monaco comes from this app's own bundle, never a CDN: @monaco-editor/react's loader
// is pointed at the installed monaco-editor, and every worker is a bundled module.
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import { registerHelmLanguages } from './helm-languages';
import { CHARTWRIGHT_THEME, chartwrightTheme } from './helm-theme';

let configured = false;

export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      if (label === 'yaml') {
        return new Worker(new URL('monaco-yaml/yaml.worker', import.meta.url), { type: 'module' });
      }
      return new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker', import.meta.url), { type: 'module' });
    },
  };
  registerHelmLanguages(monaco);
  monaco.editor.defineTheme(CHARTWRIGHT_THEME, chartwrightTheme);
  loader.config({ monaco });
  return monaco;
}
