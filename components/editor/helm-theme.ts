// The editors' colour theme: Monaco's light "vs" plus colours for Go-template actions, so
// what Helm executes stands apart from the YAML it produces. Every colour keeps at least
// 4.5:1 contrast on the white editor background (WCAG AA for normal text).
import type { editor } from 'monaco-editor';

export const CHARTWRIGHT_THEME = 'chartwright';

export const chartwrightTheme: editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'delimiter.template', foreground: '6F42C1', fontStyle: 'bold' },
    { token: 'keyword.template', foreground: 'AF00DB', fontStyle: 'bold' },
    { token: 'predefined.template', foreground: '795E26' },
    { token: 'variable.field.template', foreground: '001080' },
    { token: 'variable.template', foreground: '0070C1' },
    { token: 'string.template', foreground: 'A31515' },
    { token: 'string.escape.template', foreground: 'C00000' },
    { token: 'number.template', foreground: '098658' },
    { token: 'constant.template', foreground: '0000FF' },
    { token: 'comment.template', foreground: '6A737D', fontStyle: 'italic' },
    { token: 'operator.template', foreground: '6F42C1' },
    { token: 'delimiter.parenthesis.template', foreground: '6F42C1' },
  ],
  colors: {},
};
