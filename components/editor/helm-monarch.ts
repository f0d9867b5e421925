// Monarch tokenizers for chart templates. Helm runs Go's text/template over a template
// before anything reads it as YAML, so an action `{{ … }}` may sit anywhere: in a key, a
// quoted string, a block scalar, even a YAML comment (it still executes there). Every
// YAML state therefore tries the action openers first, and the YAML rules stop short of
// "{{". Only pure data here (no Monaco runtime import), so a unit test can compile it.
import type { languages } from 'monaco-editor';

type Rules = languages.IMonarchLanguageRule[];

export const HELM_YAML = 'helm-yaml';
export const HELM_TPL = 'helm-tpl';

// Go's lexer (text/template/parse/lex.go): "{{" opens; "{{- " (dash then one space
// character) also trims the text before; a comment is "/*" right after the opener and
// its trim marker, and "*/" must be right before the closer.
const actionOpen: Rules = [
  [/\{\{(?:-[ \t\r\n])?\/\*/, { token: 'comment.template', next: '@actionComment' }],
  [/\{\{-(?=[ \t\r\n]|$)/, { token: 'delimiter.template', next: '@action' }],
  [/\{\{/, { token: 'delimiter.template', next: '@action' }],
];

// Inside `{{ … }}`: the items of lex.go's lexInsideAction. Identifiers that are not
// keywords are function names (Go's builtins, Sprig's, Helm's include/tpl/toYaml …).
const actionStates: Record<string, Rules> = {
  action: [
    [/-\}\}/, { token: 'delimiter.template', next: '@pop' }],
    [/\}\}/, { token: 'delimiter.template', next: '@pop' }],
    [/[ \t\r\n]+/, 'white'],
    [/"/, { token: 'string.template', next: '@actionString' }],
    [/`/, { token: 'string.template', next: '@actionRawString' }],
    [/'(?:[^'\\]|\\.)*'/, 'string.template'],
    [/@goNumber/, 'number.template'],
    // "$" alone is the data passed to the template; "$x" a variable. A following ".a.b"
    // is a field chain on it, tokenized by the next rule.
    [/\$[A-Za-z_0-9]*/, 'variable.template'],
    [/(?:\.[A-Za-z_][A-Za-z_0-9]*)+|\./, 'variable.field.template'],
    [/[A-Za-z_][A-Za-z_0-9]*/, { cases: { '@goKeywords': 'keyword.template', '@goConstants': 'constant.template', '@default': 'predefined.template' } }],
    [/[()]/, '@brackets'],
    [/:=|=|\||,/, 'operator.template'],
    [/./, 'invalid'],
  ],
  actionComment: [
    [/\*\/(?:[ \t\r\n]-)?\}\}/, { token: 'comment.template', next: '@pop' }],
    [/[^*]+/, 'comment.template'],
    [/\*/, 'comment.template'],
  ],
  // Go's interpreted strings end at the line; an unterminated one is a parse error, and
  // letting the colour run on shows it.
  actionString: [
    [/[^\\"]+/, 'string.template'],
    [/\\./, 'string.escape.template'],
    [/"/, { token: 'string.template', next: '@pop' }],
  ],
  actionRawString: [
    [/[^`]+/, 'string.template'],
    [/`/, { token: 'string.template', next: '@pop' }],
  ],
  // An action inside a YAML comment: when it closes at the end of the line the comment
  // is over too, and Monarch has no end-of-line rule, so unwind to the root here.
  commentAction: [
    [/-?\}\}(?=[ \t]*$)/, { token: 'delimiter.template', next: '@popall' }],
    { include: '@action' },
  ],
};

// The words lex.go turns into item keywords (plus Helm's include, which reads like
// template), and the identifiers that are constants.
const goKeywords = ['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'include', 'break', 'continue'];
const goConstants = ['true', 'false', 'nil'];
// lex.go's scanNumber: sign, 0x/0o/0b prefixes, "_" separators, fraction, exponent, "i".
const goNumber = /[+-]?(?:0[xX][0-9a-fA-F_]*\.?[0-9a-fA-F_]*(?:[pP][+-]?\d+)?|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)i?/;

const templateBrackets: languages.IMonarchLanguageBracket[] = [{ open: '(', close: ')', token: 'delimiter.parenthesis.template' }];

/** Text that is not "{{": the run a YAML rule may take before the next action. */
const notAction = String.raw`(?:[^{]|\{(?!\{))`;

export const helmYamlLanguage: languages.IMonarchLanguage = {
  // YAML parts carry the same token names as Monaco's own yaml, so they look alike.
  tokenPostfix: '.yaml',
  defaultToken: '',
  goKeywords,
  goConstants,
  goNumber,
  // The rendered YAML is read as YAML 1.1 (sigs.k8s.io/yaml): yes/no/on/off are booleans.
  keywords: ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~', 'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF'],
  numberInteger: /[+-]?(?:0|[1-9][0-9]*)/,
  numberFloat: /[+-]?(?:0|[1-9][0-9]*)?\.[0-9]+(?:[eE][-+]?[0-9]+)?|[+-]?(?:0|[1-9][0-9]*)[eE][-+]?[0-9]+/,
  numberOctal: /0o[0-7]+/,
  numberHex: /0x[0-9a-fA-F]+/,
  numberInfinity: /[+-]?\.(?:inf|Inf|INF)/,
  numberNaN: /\.(?:nan|NaN|NAN)/,
  // a number is only a number when nothing but a comment follows it
  numberEnd: /(?=[ \t]+#|[ \t]*$)/,
  escapes: /\\(?:[0abtnvfre "\/\\N_LP\t]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/,
  brackets: [
    { open: '{', close: '}', token: 'delimiter.bracket' },
    { open: '[', close: ']', token: 'delimiter.square' },
    ...templateBrackets,
  ],
  tokenizer: {
    root: [
      { include: '@actionOpen' },
      [/[ \t\r\n]+/, 'white'],
      // A YAML comment is one token unless an action sits in it (Helm runs that too).
      [new RegExp('#' + notAction + '*$'), 'comment'],
      [new RegExp('#' + notAction + '*'), { token: 'comment', next: '@yamlComment' }],
      [/^%.*$/, 'meta.directive'],
      [/^---(?=[ \t]|$)/, 'operators.directivesEnd'],
      [/^\.\.\.(?=[ \t]|$)/, 'operators.documentEnd'],
      [/[-?:](?=[ \t]|$)/, 'operators'],
      { include: '@anchor' },
      { include: '@tagHandle' },
      { include: '@flowCollections' },
      [/[|>][0-9+-]*(?=[ \t]*(?:#.*)?$)/, { token: 'operators', next: '@blockScalarStart' }],
      [/@numberInteger@numberEnd/, 'number'],
      [/@numberFloat@numberEnd/, 'number.float'],
      [/@numberOctal@numberEnd/, 'number.octal'],
      [/@numberHex@numberEnd/, 'number.hex'],
      [/@numberInfinity@numberEnd/, 'number.infinity'],
      [/@numberNaN@numberEnd/, 'number.nan'],
      // key: quoted, or plain text up to ": " that crosses no comment and no action
      [
        new RegExp(String.raw`("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|(?:[^\s#'"{]|\{(?!\{))(?:[^#{]|\{(?!\{))*?)([ \t]*)(:)(?=[ \t]|$)`),
        ['type', 'white', 'operators'],
      ],
      { include: '@flowScalars' },
      // plain scalar: stops before " #", before "{{", and before trailing blanks
      [
        new RegExp(String.raw`(?:[^\s#{]|\{(?!\{))(?:[^\s{]|\{(?!\{)|[ \t]+(?=[^\s#{]|\{(?!\{)))*`),
        { cases: { '@keywords': 'keyword', '@default': 'string' } },
      ],
    ],
    yamlComment: [
      { include: '@commentActionOpen' },
      [new RegExp(notAction + '+$'), { token: 'comment', next: '@pop' }],
      [new RegExp(notAction + '+'), 'comment'],
    ],
    commentActionOpen: [
      [/\{\{(?:-[ \t\r\n])?\/\*/, { token: 'comment.template', next: '@actionComment' }],
      [/\{\{-(?=[ \t\r\n]|$)/, { token: 'delimiter.template', next: '@commentAction' }],
      [/\{\{/, { token: 'delimiter.template', next: '@commentAction' }],
    ],
    actionOpen,
    ...actionStates,
    object: [
      { include: '@actionOpen' },
      [/[ \t\r\n]+/, 'white'],
      [/#.*$/, 'comment'],
      [/\}/, '@brackets', '@pop'],
      [/,/, 'delimiter.comma'],
      [/:(?=[ \t]|$)/, 'operators'],
      [new RegExp(String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|(?:[^\s,{\[\]}#:'"]|\{(?!\{))(?:[^,{\[\]}:]|\{(?!\{))*?)(?=[ \t]*:(?:[ \t]|$))`), 'type'],
      { include: '@flowCollections' },
      { include: '@flowScalars' },
      { include: '@tagHandle' },
      { include: '@anchor' },
      { include: '@flowNumber' },
      [new RegExp(String.raw`(?:[^\s},{#]|\{(?!\{))(?:[^},{]|\{(?!\{))*?(?=[ \t]*(?:[},]|\{\{|$))`), { cases: { '@keywords': 'keyword', '@default': 'string' } }],
    ],
    array: [
      { include: '@actionOpen' },
      [/[ \t\r\n]+/, 'white'],
      [/#.*$/, 'comment'],
      [/\]/, '@brackets', '@pop'],
      [/,/, 'delimiter.comma'],
      { include: '@flowCollections' },
      { include: '@flowScalars' },
      { include: '@tagHandle' },
      { include: '@anchor' },
      { include: '@flowNumber' },
      [new RegExp(String.raw`(?:[^\s\],{#]|\{(?!\{))(?:[^\],{]|\{(?!\{))*?(?=[ \t]*(?:[\],]|\{\{|$))`), { cases: { '@keywords': 'keyword', '@default': 'string' } }],
    ],
    flowCollections: [
      [/\[/, '@brackets', '@array'],
      [/\{/, '@brackets', '@object'],
    ],
    flowScalars: [
      [/"/, { token: 'string', next: '@doubleQuoted' }],
      [/'/, { token: 'string', next: '@singleQuoted' }],
    ],
    doubleQuoted: [
      { include: '@actionOpen' },
      [/[^\\"{]+/, 'string'],
      [/\{/, 'string'],
      [/@escapes/, 'string.escape'],
      [/\\./, 'string.escape.invalid'],
      [/"/, { token: 'string', next: '@pop' }],
    ],
    singleQuoted: [
      { include: '@actionOpen' },
      [/[^'{]+/, 'string'],
      [/\{/, 'string'],
      [/''/, 'string.escape'],
      [/'/, { token: 'string', next: '@pop' }],
    ],
    // After "|" or ">": the first non-blank line fixes the indentation (kept as the state
    // name's second part, $S2); the scalar ends at the first line indented less. A line
    // that starts with an action stays in: charts put {{- if }} at any column there.
    blockScalarStart: [
      [/^( +)(?=\S)/, { token: 'white', switchTo: '@blockScalar.$1' }],
      [/^(?=[^\s{]|\{(?!\{))/, { token: '', next: '@pop' }],
      { include: '@actionOpen' },
      [/[ \t]+/, 'white'],
      [/#.*$/, 'comment'],
      [/[^{]+/, 'string'],
      [/\{/, 'string'],
    ],
    blockScalar: [
      [/^[ \t]*$/, 'white'],
      [/^[ \t]+(?=\{\{)/, 'white'],
      [/^( *)(?=\S)/, { cases: { '$1~$S2 *': 'white', '@default': { token: '@rematch', next: '@pop' } } }],
      { include: '@actionOpen' },
      [/[^{]+/, 'string'],
      [/\{/, 'string'],
    ],
    flowNumber: [
      [/@numberInteger(?=[ \t]*[,\]}])/, 'number'],
      [/@numberFloat(?=[ \t]*[,\]}])/, 'number.float'],
      [/@numberOctal(?=[ \t]*[,\]}])/, 'number.octal'],
      [/@numberHex(?=[ \t]*[,\]}])/, 'number.hex'],
      [/@numberInfinity(?=[ \t]*[,\]}])/, 'number.infinity'],
      [/@numberNaN(?=[ \t]*[,\]}])/, 'number.nan'],
    ],
    tagHandle: [[new RegExp(String.raw`!(?:[^\s{]|\{(?!\{))*`), 'tag']],
    anchor: [[new RegExp(String.raw`[&*](?:[^\s{,\[\]}]|\{(?!\{))+`), 'namespace']],
  },
};

/** _helpers.tpl and NOTES.txt: plain text with actions. */
export const helmTplLanguage: languages.IMonarchLanguage = {
  tokenPostfix: '.helm',
  defaultToken: '',
  goKeywords,
  goConstants,
  goNumber,
  brackets: templateBrackets,
  tokenizer: {
    root: [{ include: '@actionOpen' }, [/[^{]+/, ''], [/\{/, '']],
    actionOpen,
    ...actionStates,
  },
};
