// The helm-yaml / helm-tpl tokenizers run through Monaco's own Monarch compiler and lexer
// (no browser needed): each case lists tokens that must appear, in order, as
// [text, token type without the language postfix]. Like Monaco, the lexer merges
// neighbouring tokens of one type, so `"a"` in YAML is one string token.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error Monaco's internal ESM modules ship without type declarations
import { compile } from 'monaco-editor/esm/vs/editor/standalone/common/monarch/monarchCompile.js';
// @ts-expect-error Monaco's internal ESM modules ship without type declarations
import { MonarchTokenizer } from 'monaco-editor/esm/vs/editor/standalone/common/monarch/monarchLexer.js';
import type { languages } from 'monaco-editor';
import { HELM_TPL, HELM_YAML, helmTplLanguage, helmYamlLanguage } from './helm-monarch';
import { languageFor } from './language';

interface Tok {
  text: string;
  type: string;
}
interface LineState {
  stack: { state: string; depth: number };
}
interface LineResult {
  tokens: { offset: number; type: string }[];
  endState: LineState;
}
interface Tokenizer {
  getInitialState(): LineState;
  tokenize(line: string, hasEOL: boolean, state: LineState): LineResult;
}

function tokenizer(id: string, def: languages.IMonarchLanguage): Tokenizer {
  const lexer = compile(id, def);
  // Only the configuration service is touched by the classic (string-typed) path.
  const config = { getValue: () => 20_000, onDidChangeConfiguration: () => ({ dispose() {} }) };
  return new MonarchTokenizer({ languageIdCodec: { encodeLanguageId: () => 0 } }, {}, id, lexer, config) as Tokenizer;
}

const tokenizers: Record<string, { t: Tokenizer; postfix: string }> = {
  [HELM_YAML]: { t: tokenizer(HELM_YAML, helmYamlLanguage), postfix: '.yaml' },
  [HELM_TPL]: { t: tokenizer(HELM_TPL, helmTplLanguage), postfix: '.helm' },
};

/** Every non-blank token of `text`, line by line, and the state after the last line. */
function tokenizeAll(lang: string, text: string): { tokens: Tok[]; end: LineState } {
  const { t, postfix } = tokenizers[lang];
  let state = t.getInitialState();
  const out: Tok[] = [];
  for (const line of text.split('\n')) {
    const r = t.tokenize(line, true, state);
    state = r.endState;
    r.tokens.forEach((tok, i) => {
      const end = r.tokens[i + 1]?.offset ?? line.length;
      const s = line.slice(tok.offset, end);
      if (s.trim() === '') return;
      out.push({ text: s, type: tok.type.endsWith(postfix) ? tok.type.slice(0, -postfix.length) : tok.type });
    });
  }
  return { tokens: out, end: state };
}

function tokenize(lang: string, text: string): Tok[] {
  return tokenizeAll(lang, text).tokens;
}

/** `want` occurs in `got` in order (other tokens may sit between). */
function inOrder(got: Tok[], want: [string, string][]): string[] {
  const missing: string[] = [];
  let i = 0;
  for (const [text, type] of want) {
    const j = got.findIndex((g, k) => k >= i && g.text === text);
    if (j < 0) missing.push(`${JSON.stringify(text)} not found after token ${i}`);
    else if (got[j].type !== type) missing.push(`${JSON.stringify(text)} is ${got[j].type}, want ${type}`);
    else i = j + 1;
  }
  return missing;
}

const cases: { name: string; lang: string; input: string; want: [string, string][] }[] = [
  {
    name: 'plain yaml keeps yaml tokens',
    lang: HELM_YAML,
    input: 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n  paused: false # not yet',
    want: [['apiVersion', 'type'], [':', 'operators'], ['apps/v1', 'string'], ['replicas', 'type'], ['3', 'number'], ['false', 'keyword'], ['# not yet', 'comment']],
  },
  {
    name: 'action as a value',
    lang: HELM_YAML,
    input: 'replicas: {{ .Values.replicaCount }}',
    want: [['replicas', 'type'], ['{{', 'delimiter.template'], ['.Values.replicaCount', 'variable.field.template'], ['}}', 'delimiter.template']],
  },
  {
    name: 'trim markers, pipeline, function, string, number',
    lang: HELM_YAML,
    input: '  labels:\n    {{- include "app.labels" . | nindent 4 }}',
    want: [['labels', 'type'], ['{{-', 'delimiter.template'], ['include', 'keyword.template'], ['"app.labels"', 'string.template'], ['.', 'variable.field.template'], ['|', 'operator.template'], ['nindent', 'predefined.template'], ['4', 'number.template'], ['}}', 'delimiter.template']],
  },
  {
    name: 'control keywords, variables, declaration',
    lang: HELM_YAML,
    input: '{{- range $i, $port := .Values.ports }}\n- {{ $port }}\n{{- else if not .x }}\n{{- end -}}',
    want: [['range', 'keyword.template'], ['$i', 'variable.template'], [',', 'operator.template'], ['$port', 'variable.template'], [':=', 'operator.template'], ['.Values.ports', 'variable.field.template'], ['-', 'operators'], ['$port', 'variable.template'], ['else', 'keyword.template'], ['if', 'keyword.template'], ['not', 'predefined.template'], ['end', 'keyword.template'], ['-}}', 'delimiter.template']],
  },
  {
    name: 'action inside a double-quoted yaml string, with quotes of its own',
    lang: HELM_YAML,
    input: 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default "latest" }}"\nnext: 1',
    want: [['image', 'type'], ['"', 'string'], ['{{', 'delimiter.template'], ['.Values.image.repository', 'variable.field.template'], [':', 'string'], ['default', 'predefined.template'], ['"latest"', 'string.template'], ['"', 'string'], ['next', 'type'], ['1', 'number']],
  },
  {
    name: 'action inside a single-quoted yaml string',
    lang: HELM_YAML,
    input: "name: '{{ .Release.Name }}-db'\nport: 5432",
    want: [["'", 'string'], ['.Release.Name', 'variable.field.template'], ["-db'", 'string'], ['port', 'type'], ['5432', 'number']],
  },
  {
    name: 'plain scalar around actions',
    lang: HELM_YAML,
    input: 'name: {{ .Release.Name }}-postgres # the database',
    want: [['{{', 'delimiter.template'], ['-postgres', 'string'], ['# the database', 'comment']],
  },
  {
    name: 'template comment on one line and over several',
    lang: HELM_YAML,
    input: '{{/* one */}}\n{{- /*\n  two\n*/ -}}\nkind: Service',
    want: [['{{/* one */}}', 'comment.template'], ['{{- /*', 'comment.template'], ['  two', 'comment.template'], ['*/ -}}', 'comment.template'], ['kind', 'type']],
  },
  {
    name: 'action inside a yaml comment still executes, and the comment ends with the line',
    lang: HELM_YAML,
    input: '# replicas: {{ .Values.replicaCount }}\nkind: Pod\n# {{ .a }} tail\nb: c',
    want: [['# replicas: ', 'comment'], ['{{', 'delimiter.template'], ['.Values.replicaCount', 'variable.field.template'], ['}}', 'delimiter.template'], ['kind', 'type'], ['.a', 'variable.field.template'], [' tail', 'comment'], ['b', 'type']],
  },
  {
    name: 'block scalar with actions, ended by a less indented key',
    lang: HELM_YAML,
    input: 'data:\n  run.sh: |\n    echo {{ .Values.msg | quote }}\n      deeper: not a key\n{{- if .Values.x }}\n    more\n  other: v',
    want: [['run.sh', 'type'], ['|', 'operators'], ['echo ', 'string'], ['.Values.msg', 'variable.field.template'], ['quote', 'predefined.template'], ['deeper: not a key', 'string'], ['if', 'keyword.template'], ['more', 'string'], ['other', 'type'], ['v', 'string']],
  },
  {
    name: 'flow collections with actions',
    lang: HELM_YAML,
    input: 'args: ["--port", "{{ .Values.port }}", {{ .Values.extra }}]\nsel: {app: {{ .Chart.Name }}}',
    want: [['[', 'delimiter.square'], ['"--port"', 'string'], [',', 'delimiter.comma'], ['"', 'string'], ['.Values.port', 'variable.field.template'], ['.Values.extra', 'variable.field.template'], [']', 'delimiter.square'], ['{', 'delimiter.bracket'], ['app', 'type'], ['.Chart.Name', 'variable.field.template'], ['}}', 'delimiter.template'], ['}', 'delimiter.bracket']],
  },
  {
    name: 'parentheses, constants, raw string, char, variable with field',
    lang: HELM_YAML,
    input: 'x: {{ (eq $.Values.a true) | ternary `raw` nil }} {{ printf "%c" \'x\' }}',
    want: [['(', 'delimiter.parenthesis.template'], ['eq', 'predefined.template'], ['$', 'variable.template'], ['.Values.a', 'variable.field.template'], ['true', 'constant.template'], [')', 'delimiter.parenthesis.template'], ['`raw`', 'string.template'], ['nil', 'constant.template'], ["'x'", 'string.template']],
  },
  {
    name: 'an action spanning lines',
    lang: HELM_YAML,
    input: 'v: {{ dict\n  "a" 1\n  "b" 2 }}\nw: 2',
    want: [['dict', 'predefined.template'], ['"a"', 'string.template'], ['1', 'number.template'], ['}}', 'delimiter.template'], ['w', 'type'], ['2', 'number']],
  },
  {
    name: 'document separator and list of maps',
    lang: HELM_YAML,
    input: '---\n{{- if .Values.ingress.enabled }}\n- name: http\n  port: 80',
    want: [['---', 'operators.directivesEnd'], ['if', 'keyword.template'], ['-', 'operators'], ['name', 'type'], ['http', 'string'], ['port', 'type'], ['80', 'number']],
  },
  {
    name: 'helpers file: define blocks, text between is plain',
    lang: HELM_TPL,
    input: '{{/*\nExpand the name of the chart.\n*/}}\n{{- define "app.name" -}}\n{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}\n{{- end }}',
    want: [['{{/*', 'comment.template'], ['Expand the name of the chart.', 'comment.template'], ['define', 'keyword.template'], ['"app.name"', 'string.template'], ['-}}', 'delimiter.template'], ['default', 'predefined.template'], ['.Chart.Name', 'variable.field.template'], ['63', 'number.template'], ['"-"', 'string.template'], ['end', 'keyword.template']],
  },
  {
    name: 'NOTES.txt: text around actions',
    lang: HELM_TPL,
    input: '1. Get the URL:\n  kubectl port-forward svc/{{ include "app.fullname" . }} 8080:{{ .Values.service.port }}',
    want: [['1. Get the URL:', ''], ['  kubectl port-forward svc/', ''], ['include', 'keyword.template'], [' 8080:', ''], ['.Values.service.port', 'variable.field.template']],
  },
  {
    name: 'numbers in Go syntax',
    lang: HELM_TPL,
    input: '{{ add 1_000 0x1F -3 1.5e3 }}',
    want: [['1_000', 'number.template'], ['0x1F', 'number.template'], ['-3', 'number.template'], ['1.5e3', 'number.template']],
  },
  {
    name: 'a lone brace is text, not an action',
    lang: HELM_TPL,
    input: 'json: { "a": 1 } and {{ .b }}',
    want: [['json: { "a": 1 } and ', ''], ['{{', 'delimiter.template']],
  },
];

describe('helm Monarch tokenizers', () => {
  test.each(cases)('$name', ({ lang, input, want }) => {
    const got = tokenize(lang, input);
    expect(inOrder(got, want), JSON.stringify(got)).toEqual([]);
  });
});

// The chart this app ships: every action opener is recognized as one, nothing is invalid,
// and no file ends inside an action, a string or a comment.
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? filesUnder(join(dir, e)) : [join(dir, e)]));
}
const chartDir = join(process.cwd(), 'chart-templates', 'backend');
const chartFiles = filesUnder(join(chartDir, 'templates')).map((f) => relative(chartDir, f));

describe('the shipped chart templates tokenize cleanly', () => {
  test('there are templates to check', () => expect(chartFiles.length).toBeGreaterThan(5));
  test.each(chartFiles)('%s', (file) => {
    const text = readFileSync(join(chartDir, file), 'utf8');
    const lang = languageFor(file);
    expect([HELM_YAML, HELM_TPL]).toContain(lang);
    const { tokens, end } = tokenizeAll(lang, text);
    expect(tokens.filter((t) => t.type.startsWith('invalid'))).toEqual([]);
    // "}}{{" is one merged token: count the openers inside template tokens' text
    const openers = tokens.filter((t) => /^(?:delimiter|comment)\.template$/.test(t.type)).reduce((n, t) => n + t.text.split('{{').length - 1, 0);
    expect(openers).toBe(text.split('{{').length - 1);
    expect(end.stack.state === 'root' || end.stack.state.startsWith('blockScalar')).toBe(true);
  });
});
