// Registers the chart-template languages with a Monaco instance (called once, from
// setupMonaco).
import type * as Monaco from 'monaco-editor';
import { HELM_TPL, HELM_YAML, helmTplLanguage, helmYamlLanguage } from './helm-monarch';

// Lines that open and close a template block, for folding in _helpers.tpl.
const blockStart = /^\s*\{\{-?\s*(?:define|if|range|with|block)\b/;
const blockEnd = /^\s*\{\{-?\s*end\b/;
const goComment: [string, string] = ['{{/*', '*/}}'];

export function registerHelmLanguages(monaco: typeof Monaco): void {
  monaco.languages.register({ id: HELM_YAML, aliases: ['Helm template (YAML)'] });
  monaco.languages.register({ id: HELM_TPL, extensions: ['.tpl'], filenames: ['NOTES.txt'], aliases: ['Helm template'] });
  monaco.languages.setMonarchTokensProvider(HELM_YAML, helmYamlLanguage);
  monaco.languages.setMonarchTokensProvider(HELM_TPL, helmTplLanguage);

  const pairs = [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: '`', close: '`', notIn: ['string'] },
  ];
  monaco.languages.setLanguageConfiguration(HELM_YAML, {
    comments: { lineComment: '#', blockComment: goComment },
    brackets: [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ],
    autoClosingPairs: pairs,
    surroundingPairs: pairs,
    // The rendered YAML's structure is its indentation, as in plain YAML.
    folding: { offSide: true },
    onEnterRules: [{ beforeText: /:\s*$/, action: { indentAction: monaco.languages.IndentAction.Indent } }],
  });
  monaco.languages.setLanguageConfiguration(HELM_TPL, {
    comments: { blockComment: goComment },
    brackets: [
      ['{{', '}}'],
      ['(', ')'],
    ],
    autoClosingPairs: pairs,
    surroundingPairs: pairs,
    folding: { markers: { start: blockStart, end: blockEnd } },
  });
}
