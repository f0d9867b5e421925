// Go's path and path/filepath (Linux) through Sprig's base/dir/clean/ext/isAbs and os*.
import { differential, type DiffCase } from '../../test/differential';

const t = (name: string, template: string): DiffCase => ({ name: `paths/${name}`, template });

const samples = ['', '.', '..', '/', '//', 'a', 'a/', '/a/b/c.txt', 'a//b', './a/../b/', '../../x', '/../x', 'a/b/../../..', 'x.tar.gz', '.bashrc', 'dir.d/file', 'a/./b/.', '/a/b/..'];

export const cases: DiffCase[] = [
  ...['base', 'dir', 'clean', 'ext', 'isAbs'].map((f) =>
    t(`${f} table`, samples.map((s) => `[{{ ${f} ${JSON.stringify(s)} }}]`).join('')),
  ),
  ...['osBase', 'osDir', 'osClean', 'osExt', 'osIsAbs'].map((f) =>
    t(`${f} table`, samples.map((s) => `[{{ ${f} ${JSON.stringify(s)} }}]`).join('')),
  ),
  t('base of url path', '{{ base "https://example.com/charts/app-1.2.3.tgz" }}'),
  t('dir of file', '{{ dir "templates/deployment.yaml" }}'),
  t('clean trailing dots', '{{ clean "a/b/c/./../d/" }}'),
  t('ext multi dot', '{{ ext "archive.tar.gz" }}'),
  t('ext dot in dir', '{{ ext "a.b/c" }}'),
  t('isAbs relative', '{{ isAbs "a/b" }}'),
  t('pipeline', '{{ "/var/log/app/../nginx/access.log" | clean | dir | base }}'),
  t('unicode', '{{ base "/données/été.txt" }}|{{ ext "/données/été.txt" }}'),
  t('base of number fails', '{{ base 1 }}'),
];

differential('sprig/paths', cases);
