import { describe, expect, test } from 'vitest';
import { editorLanguage, languageFor, type EditorLanguage } from './language';

const cases: { name: string; input: string; want: EditorLanguage }[] = [
  { name: 'template in the chart', input: 'templates/deployment.yaml', want: 'helm-yaml' },
  { name: 'template with the chart name in front (the editor path)', input: 'backend/templates/service.yaml', want: 'helm-yaml' },
  { name: 'template in a subfolder', input: 'templates/tests/test-connection.yaml', want: 'helm-yaml' },
  { name: '.yml template', input: 'templates/cm.yml', want: 'helm-yaml' },
  { name: 'helpers', input: 'templates/_helpers.tpl', want: 'helm-tpl' },
  { name: 'a .tpl outside templates', input: 'files/x.tpl', want: 'helm-tpl' },
  { name: 'NOTES.txt', input: 'backend/templates/NOTES.txt', want: 'helm-tpl' },
  { name: 'other rendered file under templates', input: 'templates/config.json', want: 'helm-tpl' },
  { name: 'values.yaml', input: 'values.yaml', want: 'yaml' },
  { name: 'values.yaml with chart name', input: 'backend/values.yaml', want: 'yaml' },
  { name: 'values-local.yaml', input: 'backend/values-local.yaml', want: 'yaml' },
  { name: 'Chart.yaml', input: 'backend/Chart.yaml', want: 'yaml' },
  { name: 'shell script beside the chart', input: '../deploy-local.sh', want: 'shell' },
  { name: 'shell script by its editor path', input: 'backend/deploy-local.sh', want: 'shell' },
  { name: '.helmignore', input: 'backend/.helmignore', want: 'plaintext' },
  { name: 'README is plain text', input: 'README.md', want: 'plaintext' },
  { name: 'a file named templates.yaml is not under templates/', input: 'templates.yaml', want: 'yaml' },
];

describe('languageFor', () => {
  test.each(cases)('$name', ({ input, want }) => expect(languageFor(input)).toBe(want));
});

const asked: { name: string; path: string; asked: EditorLanguage | undefined; want: EditorLanguage }[] = [
  { name: 'nothing asked: from the path', path: 'backend/templates/service.yaml', asked: undefined, want: 'helm-yaml' },
  { name: 'yaml asked for a template: the template language', path: 'backend/templates/service.yaml', asked: 'yaml', want: 'helm-yaml' },
  { name: 'plaintext asked for NOTES.txt: helm-tpl', path: 'backend/templates/NOTES.txt', asked: 'plaintext', want: 'helm-tpl' },
  { name: 'yaml asked for helpers: helm-tpl', path: 'backend/templates/_helpers.tpl', asked: 'yaml', want: 'helm-tpl' },
  { name: 'yaml for values.yaml is kept', path: 'backend/values.yaml', asked: 'yaml', want: 'yaml' },
  { name: 'plaintext for .helmignore is kept', path: 'backend/.helmignore', asked: 'plaintext', want: 'plaintext' },
  { name: 'an explicit helm language is kept', path: 'x.yaml', asked: 'helm-yaml', want: 'helm-yaml' },
  { name: 'shell is kept', path: 'backend/deploy-local.sh', asked: 'shell', want: 'shell' },
];

describe('editorLanguage', () => {
  test.each(asked)('$name', ({ path, asked: a, want }) => expect(editorLanguage(path, a)).toBe(want));
});
