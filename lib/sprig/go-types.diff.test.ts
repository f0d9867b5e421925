// Go's element types and nil collections as they show through templates: Sprig returns
// []string, []int, map[string]string and nil slices in places, and Helm's output shows
// it (typeOf, %#v, toJson's null, deepEqual, the parameter types that refuse them).
import { differential, type DiffCase } from '../../test/differential';

const values = { list: [1, 'a'], m: { a: 1 } };
const t = (name: string, template: string): DiffCase => ({ name: `go-types/${name}`, template, values });

differential('Go types of Sprig results', [
  // which functions return which slice types
  t('typeOf-string-slices', '{{ typeOf (splitList "," "a,b") }} {{ typeOf (sortAlpha (list "b" "a")) }} {{ typeOf (regexSplit "," "a,b" -1) }} {{ typeOf (toStrings (list 1)) }} {{ typeOf (keys .Values) }} {{ typeOf (regexFindAll "a" "aa" -1) }}'),
  t('typeOf-int-slices', '{{ typeOf (until 2) }} {{ typeOf (untilStep 0 3 1) }} {{ typeOf (until 0) }}'),
  t('typeOf-interface-slices', '{{ typeOf (append (splitList "," "a") "b") }} {{ typeOf (uniq (splitList "," "a,a")) }} {{ typeOf (reverse (splitList "," "a")) }} {{ typeOf (rest (splitList "," "a")) }} {{ typeOf (without (splitList "," "a") "a") }} {{ typeOf (values (dict)) }}'),
  t('typeOf-kept-by-slice-and-deepCopy', '{{ typeOf (slice (splitList "," "a,b") 1) }} {{ typeOf (deepCopy (splitList "," "a")) }} {{ typeOf (deepCopy .Values) }} {{ typeOf (index (splitList "," "a,b") 1) }}'),
  t('typeOf-chunk', '{{ typeOf (chunk 1 (list 1)) }} {{ printf "%#v" (chunk 1 (list 1)) }}'),
  t('typeOf-split-maps', '{{ typeOf (split "," "a,b") }} {{ typeOf (splitn "," 2 "a,b") }} {{ printf "%#v" (split "," "a") }}'),
  t('index-string-map-missing', '{{ typeOf (index (split "," "a") "_9") }}|{{ index (split "," "a") "_9" }}|{{ (split "," "a")._9 }}'),
  t('sharp-v-typed', '{{ printf "%#v %#v" (splitList "," "a,b") (until 2) }}'),
  t('files-lines', '{{ typeOf (.Files.Lines "nope") }} {{ .Files.Lines "nope" | toJson }}'),
  // nil slices: empty, but toJson/toYaml print null and deepEqual tells them apart
  t('nil-slice-json', '{{ rest (list) | toJson }} {{ initial (list) | toJson }} {{ concat | toJson }} {{ concat (list) | toJson }} {{ regexSplit "," "a,b" 0 | toJson }} {{ regexFindAll "a" "aa" 0 | toJson }}'),
  t('non-nil-empty-json', '{{ compact (list) | toJson }} {{ uniq (list) | toJson }} {{ without (list) | toJson }} {{ chunk 2 (list) | toJson }} {{ keys (dict) | toJson }} {{ toStrings nil | toJson }} {{ mustRest (list 1) | toJson }} {{ until 0 | toJson }}'),
  t('nil-slice-yaml', '{{ rest (list) | toYaml }}|{{ rest (list) | toYamlPretty }}'),
  t('nil-slice-sharp-v', '{{ printf "%#v|%v|%#v" (rest (list)) (rest (list)) (toStrings nil) }}'),
  t('nil-slice-truth', '{{ len (rest (list)) }} {{ if rest (list) }}t{{ else }}f{{ end }} {{ empty (rest (list)) }} {{ rest (list) | default "d" }} {{ range rest (list) }}x{{ else }}none{{ end }}'),
  t('deepEqual-types', '{{ deepEqual (splitList "," "a") (list "a") }} {{ deepEqual (until 1) (list 0) }} {{ deepEqual (splitList "," "a") (splitList "," "a") }} {{ deepEqual (rest (list)) (rest (list)) }}'),
  t('deepCopy-nil', '{{ deepCopy (rest (list)) | toJson }} {{ printf "%#v" (deepCopy (dict)) }}'),
  t('fromJson-null', '{{ fromJson "null" | toJson }} {{ typeOf (fromJson "null") }} {{ fromJsonArray "null" | toJson }} {{ fromYaml "null" | toJson }} {{ fromYamlArray "null" | toJson }}'),
  // parameter types: Go converts nothing between slice types
  t('list-param-refuses-strings', '{{ genSelfSignedCert "x" nil (splitList "," "a") 1 }}'),
  t('map-param-refuses-string-map', '{{ hasKey (split "," "a") "_0" }}'),
  // nil maps: a nil argument to a map parameter is a nil map
  t('nil-map-reads', '{{ unset nil "a" | toJson }} {{ pick nil "a" | toJson }} {{ omit nil "a" | toJson }} {{ values nil | toJson }} {{ keys nil | toJson }} {{ hasKey nil "a" }} {{ get nil "a" | toJson }}'),
  t('nil-map-types', '{{ typeOf (unset nil "a") }} {{ deepEqual (unset nil "a") (dict) }} {{ unset nil "a" | toYaml }} {{ empty (unset nil "a") }} {{ printf "%#v" (unset nil "a") }}'),
  t('nil-map-merge', '{{ merge nil (dict "a" 1) | toJson }} {{ merge nil nil | toJson }} {{ mergeOverwrite nil nil | toJson }} {{ merge nil (dict) | toJson }} {{ merge (dict) nil | toJson }}'),
  t('nil-map-set', '{{ set (unset nil "a") "b" 1 }}'),
  // .Chart's Annotations is a map[string]string, nil without annotations
  t('chart-annotations', '{{ typeOf .Chart.Annotations }} {{ .Chart.Annotations | toJson }} {{ printf "%#v %v" .Chart.Annotations .Chart.Annotations }} {{ len .Chart.Annotations }} {{ index .Chart.Annotations "a" | typeOf }}'),
  t('chart-annotations-merge', '{{ merge .Chart.Annotations (dict "a" 1) }}'),
]);
