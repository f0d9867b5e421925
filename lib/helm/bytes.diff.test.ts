// Go strings are bytes: what b64dec, trunc or .Files.Get give may not be UTF-8, and Helm
// keeps those bytes (lib/gotemplate/utf8.ts). Each function that meets them is judged.
import { differential, type DiffCase } from '../../test/differential';

// \x00 \xff \xfe \xc3 a b c \xe2 \x82: stray bytes, a cut-off 2-byte and 3-byte sequence
const BIN = '(b64dec "AP/+w2FiY+KC")';
const t = (name: string, template: string): DiffCase => ({ name: `bytes/${name}`, template });

differential('strings that are not UTF-8', [
  t('roundtrip', `{{ ${BIN} | b64enc }} {{ ${BIN} | len }} {{ ${BIN} | sha256sum }} {{ ${BIN} | b32enc }} {{ ${BIN} | adler32sum }}`),
  t('quote', `{{ ${BIN} | quote }} {{ printf "%q %x %X" ${BIN} ${BIN} ${BIN} }}`),
  t('toJson', `{{ ${BIN} | toJson }} {{ list ${BIN} | toJson }}`),
  t('toYaml', `{{ ${BIN} | toYaml | quote }}`),
  t('toYamlPretty-short', `{{ ${BIN} | toYamlPretty }}`),
  t('toYamlPretty-long', `{{ dict "k" (repeat 10 ${BIN}) | toYamlPretty }}`),
  t('cut-inside', '{{ trunc 2 "héllo" | quote }} {{ substr 0 2 "héllo" | quote }} {{ abbrev 5 "héllo wörld" | quote }} {{ trunc 2 "héllo" | len }}'),
  t('literal-escapes', '{{ "\\xc3" | quote }} {{ "\\xc3\\xa9" | quote }} {{ "\\xc3" | len }} {{ printf "%s" "\\xff" | b64enc }}'),
  t('word-cases', `{{ ${BIN} | snakecase | quote }} {{ ${BIN} | kebabcase | quote }} {{ ${BIN} | camelcase | quote }} {{ printf "aB%scD" ${BIN} | snakecase | quote }}`),
  t('case-mapping', `{{ ${BIN} | upper | quote }} {{ ${BIN} | lower | quote }} {{ ${BIN} | title | quote }} {{ ${BIN} | swapcase | quote }}`),
  t('byte-preserving', `{{ ${BIN} | trimAll "a" | quote }} {{ ${BIN} | nospace | quote }} {{ ${BIN} | replace "a" "b" | quote }} {{ ${BIN} | substr 1 4 | quote }} {{ ${BIN} | repeat 2 | quote }} {{ ${BIN} | squote | b64enc }}`),
  t('regex', `{{ regexFindAll "." ${BIN} 20 | toJson }} {{ regexReplaceAll "b" ${BIN} "x" | quote }} {{ regexMatch "^.{9}$" ${BIN} }}`),
  t('escapers', `{{ ${BIN} | urlquery }} {{ ${BIN} | html | quote }} {{ ${BIN} | js | quote }}`),
  t('contains', `{{ ${BIN} | contains "abc" }} {{ ${BIN} | hasPrefix (b64dec "AP8=") }} {{ eq ${BIN} (b64dec "AP/+w2FiY+KC") }}`),
  t('raw-in-output', `# {{ trunc 2 "héllo" }}`),
]);
