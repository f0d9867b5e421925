// printf, print and println through the whole engine, against Helm: operands come from
// template literals (int, float64, string), from values.yaml (every number a float64),
// from sprig (list, dict) and from chart files ([]byte).
import { differential, type DiffCase } from '../../test/differential';

const values = {
  port: 8080,
  ratio: 0.755,
  big: 1000000,
  huge: 1234567,
  small: 0.00001234,
  half: 2.5,
  neg: -1.5,
  name: 'web',
  empty: '',
  flag: true,
  nul: null,
  tags: ['a', 'b'],
  mixed: [1, 'x', null, true, 2.5],
  m: { b: 2, a: 1, c: { z: 'q', y: [1, 2] } },
  unicode: 'héllo 日本 😀',
};
const files = { 'files/a.txt': 'hi\n', 'files/u.txt': 'héllo' };

// [name, template]; all share the values above.
const table: [string, string][] = [
  // integers (template literals are int)
  ['int-d', '{{ printf "%d" 3 }}'],
  ['int-flags', '{{ printf "[%5d][%-5d][%05d][%+d][% d]" 42 42 42 42 42 }}'],
  ['int-bases', '{{ printf "%x|%X|%o|%O|%b|%#x|%#o|%#b" 255 255 8 8 5 255 8 5 }}'],
  ['int-prec', '{{ printf "[%.3d][%6.3d][%.0d]" 7 7 0 }}'],
  ['int-char', '{{ printf "%c|%q|%U|%#U" 65 65 128512 128512 }}'],
  ['int-neg', '{{ printf "%d|%x|%05d" -42 -255 -42 }}'],
  ['int-bad-verb', '{{ printf "%s|%f|%t" 1 2 3 }}'],
  ['int-T', '{{ printf "%T" 1 }}'],
  // float64 from values.yaml
  ['float-value-d', '{{ printf "%d" .Values.port }}'],
  ['float-value-v', '{{ printf "%v" .Values.port }}'],
  ['float-value-big', '{{ printf "%v|%v|%v" .Values.big .Values.huge .Values.small }}'],
  ['float-value-f', '{{ printf "%.2f|%f|%.0f" .Values.ratio .Values.ratio .Values.half }}'],
  ['float-value-e-g', '{{ printf "%e|%E|%g|%G|%.3g" .Values.big .Values.small .Values.huge .Values.small .Values.ratio }}'],
  ['float-value-width', '{{ printf "[%8.2f][%-8.2f][%08.2f][%+.1f]" .Values.neg .Values.neg .Values.neg .Values.half }}'],
  ['float-value-x', '{{ printf "%x|%X|%b" .Values.half .Values.neg .Values.half }}'],
  ['float-value-sharp', '{{ printf "%#g|%#.0f|%#v" .Values.half .Values.half .Values.half }}'],
  ['float-value-T', '{{ printf "%T" .Values.port }}'],
  ['float-literal', '{{ printf "%v|%v|%v|%v" 1.5 1e6 1e-7 3.0 }}'],
  ['float-ties', '{{ printf "%.0f|%.0f|%.0f|%.1f|%.2f|%.0e|%.2g" 0.5 1.5 2.5 0.25 0.125 2.5 0.125 }}'],
  ['float-long', '{{ printf "%.20f|%.17g" 0.1 0.1 }}'],
  ['float-special', '{{ printf "%v|%v|%v|%5.1f|%06v" (float64 "NaN") (float64 "Inf") (float64 "-Inf") (float64 "NaN") (float64 "-Inf") }}'],
  ['float-negzero', '{{ printf "%v|%.2f|%e" -0.0 -0.0 -0.0 }}'],
  // strings
  ['string-s', '{{ printf "%s|%v|%s" .Values.name "lit" .Values.empty }}'],
  ['string-width', '{{ printf "[%8s][%-8s][%08s][%.2s][%5.1s]" .Values.name .Values.name .Values.name .Values.name .Values.name }}'],
  ['string-q', '{{ printf "%q|%+q|%#q|%#q" .Values.unicode .Values.unicode .Values.name "a`b" }}'],
  ['string-q-escapes', '{{ printf "%q" "tab\\tnl\\ncr\\rbell\\a\\x00\\u2028" }}'],
  ['string-x', '{{ printf "%x|%X|% x|%#x|%# x" .Values.name .Values.name .Values.name .Values.name .Values.name }}'],
  ['string-x-unicode', '{{ printf "%x|%.3x" .Values.unicode .Values.unicode }}'],
  ['string-bad-verb', '{{ printf "%d|%t|%c" .Values.name .Values.name "x" }}'],
  ['string-width-runes', '{{ printf "[%15s][%-15s]" .Values.unicode .Values.unicode }}'],
  ['string-sharp-v', '{{ printf "%#v|%+v" .Values.name .Values.name }}'],
  // bools and nil
  ['bool', '{{ printf "%t|%v|[%6t][%-6t]|%d" .Values.flag false true true .Values.flag }}'],
  ['nil-value', '{{ printf "%v|%d|%s|%T|%q" .Values.nul .Values.nul .Values.nul .Values.nul .Values.nul }}'],
  ['nil-missing', '{{ printf "%v|%d|[%7v]" .Values.missing .Values.missing .Values.missing }}'],
  ['nil-literal', '{{ printf "%v|%x|%#v" nil nil nil }}'],
  // lists
  ['list-values', '{{ printf "%v|%s|%q|%d" .Values.tags .Values.tags .Values.tags .Values.tags }}'],
  ['list-mixed', '{{ printf "%v|%d|%s" .Values.mixed .Values.mixed .Values.mixed }}'],
  ['list-sharp', '{{ printf "%#v|%+v|%T" .Values.mixed .Values.mixed .Values.mixed }}'],
  ['list-sprig', '{{ printf "%v|%v|%5v|%x" (list 1 "a" 2.5) (list) (list 1 2) (list "hi" 255) }}'],
  ['list-nested', '{{ printf "%v|%#v" (list (list 1 2) (dict "a" 1)) (list (list 1)) }}'],
  ['list-float-prec', '{{ printf "%.1f|%6.2f" .Values.mixed (list 1.0 2.25) }}'],
  // maps
  ['map-values', '{{ printf "%v|%+v" .Values.m .Values.m }}'],
  ['map-sharp', '{{ printf "%#v" .Values.m }}'],
  ['map-d-s-q', '{{ printf "%d|%s|%q" .Values.m .Values.m .Values.m }}'],
  ['map-sprig', '{{ printf "%v|%v|%x" (dict "b" 1 "a" nil) (dict) (dict "k" "v") }}'],
  ['map-key-order', '{{ printf "%v" (dict "b" 1 "B" 2 "a" 3 "_" 4 "10" 5 "9" 6 "é" 7) }}'],
  ['map-width', '{{ printf "[%4v]" (dict "a" 1) }}'],
  ['map-T', '{{ printf "%T|%T" .Values.m (dict) }}'],
  // []byte
  ['bytes', '{{ printf "%v|%s|%q|%x|%X|% x" (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") }}'],
  ['bytes-more', '{{ printf "%#v|%T|%c|%d|%.2s|%+q" (.Files.GetBytes "files/u.txt") (.Files.GetBytes "files/u.txt") (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/u.txt") (.Files.GetBytes "files/u.txt") }}'],
  // structs and ints from Helm's own objects
  ['struct-kubeversion', '{{ printf "%v|%+v|%s" .Capabilities.KubeVersion .Capabilities.KubeVersion .Capabilities.KubeVersion }}'],
  ['struct-kubeversion-sharp', '{{ printf "%#v|%T" .Capabilities.KubeVersion .Capabilities.KubeVersion }}'],
  ['stringer-semver', '{{ printf "%v|%s|%q|[%8v]|%T" (semver "1.2.3") (semver "1.2.3") (semver "1.2.3") (semver "1.2.3") (semver "1.2.3") }}'],
  ['stringer-in-list', '{{ printf "%v" (list (semver "1.2.3") 1) }}'],
  ['release-revision', '{{ printf "%d|%v|%T|%05d" .Release.Revision .Release.Revision .Release.Revision .Release.Revision }}'],
  ['release-name', '{{ printf "%s-%s" .Release.Name .Chart.Name }}'],
  ['p-non-pointer', '{{ printf "%p|%p|%p" 1 "s" nil }}'],
  // argument errors
  ['err-missing', '{{ printf "%d %d %s" 1 }}'],
  ['err-extra', '{{ printf "x" 1 "a" nil (list 1) 2.5 }}'],
  ['err-extra-after', '{{ printf "%d" 1 2 }}'],
  ['err-noverb', '{{ printf "%" }}|{{ printf "abc%-" 1 }}'],
  ['err-unknown-verb', '{{ printf "%z|%!|%ä" 1 2 3 }}'],
  ['err-percent', '{{ printf "%%|%5%|100%%" }}'],
  ['err-w', '{{ printf "%w" "x" }}'],
  ['err-no-args', '{{ printf "%d" }}'],
  ['err-no-verbs', '{{ printf "plain text" }}'],
  // indexes and stars
  ['index-reorder', '{{ printf "%[2]s %[1]s" "a" "b" }}'],
  ['index-repeat', '{{ printf "%[1]d %[1]x %[1]o" 64 }}'],
  ['index-bad', '{{ printf "%[0]d|%[5]d|%[x]d" 1 }}'],
  ['index-star', '{{ printf "[%[2]*[1]d][%.[2]*[3]f]" 7 5 3.14159 }}'],
  ['star-width-prec', '{{ printf "[%*d][%-*d][%.*f][%*.*f]" 5 42 5 42 2 3.14159 8 3 3.14159 }}'],
  ['star-bad', '{{ printf "[%*d][%.*d]" "x" 42 .Values.port 42 }}'],
  ['star-negative', '{{ printf "[%*d][%.*d]" -5 42 -1 42 }}'],
  // print and println
  ['print-ints', '{{ print 1 2 3 }}'],
  ['print-strings', '{{ print "a" "b" 1 2 "c" }}'],
  ['print-mixed', '{{ print .Values.port .Values.name .Values.flag .Values.nul .Values.tags .Values.m }}'],
  ['print-floats', '{{ print .Values.big .Values.huge .Values.small .Values.ratio 1.5 }}'],
  ['print-nil', '{{ print nil nil }}|{{ print "a" nil "b" }}|{{ print }}'],
  ['print-bytes', '{{ print (.Files.GetBytes "files/a.txt") 1 }}'],
  ['print-stringer', '{{ print (semver "2.0.0") 1 (list (semver "1.0.0")) }}'],
  ['println-mixed', '{{ println 1 "a" .Values.port nil .Values.tags }}'],
  ['println-empty', '{{ println }}|{{ println "x" }}'],
  ['print-pipeline', '{{ .Values.port | print "port=" }}'],
  ['printf-pipeline', '{{ .Values.name | printf "name=%s" }}'],
  ['println-pipeline', '{{ 1 | println 2 }}'],
  // default printing of actions (fmt.Fprint)
  ['action-float', '{{ .Values.port }}|{{ .Values.big }}|{{ .Values.huge }}|{{ .Values.small }}|{{ .Values.ratio }}'],
  ['action-composites', '{{ .Values.tags }}|{{ .Values.m }}|{{ .Values.mixed }}'],
  ['action-literals', '{{ 3 }}|{{ 1.5 }}|{{ 1e6 }}|{{ true }}|{{ "s" }}'],
  ['action-bytes', '{{ .Files.GetBytes "files/a.txt" }}'],
  ['action-kubeversion', '{{ .Capabilities.KubeVersion }}|{{ .Capabilities.KubeVersion.Version }}'],
  // sprig helpers that print through fmt
  ['tostring', '{{ toString .Values.big }}|{{ toString .Values.tags }}|{{ toString 3 }}|{{ toString .Values.nul }}'],
  ['quote-values', '{{ quote .Values.port .Values.name .Values.big }}|{{ squote .Values.ratio }}'],
  ['join-floats', '{{ join "," (list 1 1.5 1e6 "a" nil) }}'],
  ['cat-values', '{{ cat .Values.name .Values.port .Values.nul "x" }}'],
];

const cases: DiffCase[] = table.map(([name, template]) => ({ name: `fmt/${name}`, template, values, files }));

differential('gotemplate fmt', cases);
