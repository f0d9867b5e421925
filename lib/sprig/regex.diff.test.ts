// Sprig's regex functions through the whole engine, judged by Helm: RE2 syntax and its
// error texts, Go's empty-match and $-expansion rules, group values inside loops, and
// the panicking (plain) versus error-returning (must…) variants.
import { differential, type DiffCase } from '../../test/differential';

const values = {
  name: 'my-Release_01',
  n: 2,
  text: 'a1 b22\nc333',
};

const t = (name: string, template: string): DiffCase => ({ name: `regex/${name}`, template, values });

differential('sprig regex', [
  // regexMatch
  t('match', '{{ regexMatch "^[a-z]+-" .Values.name }} {{ regexMatch "^x" .Values.name }}'),
  t('match-bad-pattern-false', '{{ regexMatch "(" "x" }}'),
  t('match-dns-label', '{{ regexMatch "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" "my-app" }} {{ regexMatch "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" "My_App" }}'),
  t('match-int-arg', '{{ regexMatch "a" 1 }}'),
  t('mustMatch', '{{ mustRegexMatch "\\\\d+" .Values.name }}'),
  t('mustMatch-bad', '{{ mustRegexMatch "a)" "a" }}'),
  // regexFind / regexFindAll
  t('find', '{{ regexFind "[0-9]+" .Values.name }}|{{ regexFind "z" "abc" }}'),
  t('find-bad', '{{ regexFind "(" "x" }}'),
  t('find-bad-backquote', '{{ regexFind "a`(" "x" }}'),
  t('mustFind-bad', '{{ mustRegexFind "[a" "x" }}'),
  t('findAll', '{{ regexFindAll "[0-9]+" .Values.text -1 }}|{{ regexFindAll "[0-9]+" .Values.text 2 }}|{{ regexFindAll "[0-9]" .Values.text 0 }}'),
  t('findAll-empty-matches', '{{ regexFindAll "a*" "baaac" -1 }}|{{ regexFindAll "" "héllo" -1 | len }}'),
  t('findAll-none', '{{ regexFindAll "x" "abc" -1 }}|{{ regexFindAll "x" "abc" -1 | len }}'),
  t('findAll-none-json', '{{ regexFindAll "x" "abc" -1 | toJson }}'),
  t('findAll-float-n', '{{ regexFindAll "a" "aaa" .Values.n }}'),
  t('findAll-bad', '{{ regexFindAll "*" "x" -1 }}'),
  t('mustFindAll-bad', '{{ mustRegexFindAll "a**" "x" -1 }}'),
  // regexReplaceAll and friends
  t('replaceAll', '{{ regexReplaceAll "[^a-z0-9-]" (lower .Values.name) "-" }}'),
  t('replaceAll-groups', '{{ regexReplaceAll "(\\\\w+)@(\\\\w+)" "joe@host ann@box" "${2}:$1" }}'),
  t('replaceAll-expansion-rules', '{{ regexReplaceAll "(a)(b)?" "ab a" "[$1|$2|$1x|${1}x|$$|$0|$3|$00|$x|$]" }}'),
  t('replaceAll-named', '{{ regexReplaceAll "(?P<first>\\\\w+) (?P<last>\\\\w+)" "John Smith" "${last}, $first" }}'),
  t('replaceAll-empty-matches', '{{ regexReplaceAll "a*" "baaac" "X" }}|{{ regexReplaceAll "" "abc" "-" }}'),
  t('replaceAll-loop-groups', '{{ regexReplaceAll "(?:(a)|b)+" "ab" "[$1]" }}|{{ regexReplaceAll "((a)|b)*" "ab" "[$1|$2]" }}|{{ regexReplaceAll "(a?)*" "aa" "[$1]" }}'),
  t('replaceAll-bad', '{{ regexReplaceAll "(?=x)" "x" "y" }}'),
  t('mustReplaceAll-bad', '{{ mustRegexReplaceAll "(?=x)" "x" "y" }}'),
  t('replaceAllLiteral', '{{ regexReplaceAllLiteral "a(b)" "abab" "$1" }}'),
  t('replaceAllLiteral-bad', '{{ regexReplaceAllLiteral "\\\\" "x" "y" }}'),
  t('mustReplaceAllLiteral-bad', '{{ mustRegexReplaceAllLiteral "\\\\1" "x" "y" }}'),
  // regexSplit
  t('split', '{{ regexSplit "\\\\s+" "a  b\\tc" -1 }}|{{ regexSplit "," "a,b,,c" 2 }}|{{ regexSplit "," "a,b" 0 }}'),
  t('split-empty', '{{ regexSplit "," "" -1 | len }}|{{ regexSplit "" "" -1 | len }}|{{ regexSplit "" "abc" -1 }}|{{ regexSplit "a*" "baaac" -1 }}'),
  t('split-bad', '{{ regexSplit "[z-a]" "x" -1 }}'),
  t('mustSplit-bad', '{{ mustRegexSplit "x{1001}" "x" -1 }}'),
  // regexQuoteMeta
  t('quoteMeta', '{{ regexQuoteMeta "1.2.3+build*[x]$^{}()|?\\\\/" }}'),
  t('quoteMeta-int', '{{ regexQuoteMeta 1 }}'),
  // RE2 syntax
  t('flags', '{{ regexFind "(?i)HELLO" "say hello" }}|{{ regexMatch "^a.c$" "a\\nc" }}|{{ regexMatch "(?s)^a.c$" "a\\nc" }}'),
  t('multiline', '{{ regexFindAll "(?m)^\\\\w+$" "ab\\ncd\\r\\nef" -1 }}'),
  t('scoped-flags', '{{ regexFindAll "a(?i:b)c" "aBc aBC ABc" -1 }}|{{ regexFindAll "(?U)a+" "aaa" -1 }}'),
  t('case-folding', '{{ regexFind "(?i)k" "\\u212a" }}|{{ regexFind "(?i)[^k]" "kK\\u212ax" }}|{{ regexFind "(?i)σ+" "Σσς" }}'),
  t('perl-and-posix-classes', '{{ regexFind "\\\\s+" "a\\v\\t b" | len }}|{{ regexFind "[[:space:]]+" "a\\v\\t b" | len }}|{{ regexFind "[[:^alpha:][:digit:]]+" "ab12;cd" }}'),
  t('unicode-classes', '{{ regexFind "\\\\pN+" "x²3½y" }}|{{ regexFind "[\\\\p{Greek}\\\\d]+" "aβ1γb" }}|{{ regexMatch "\\\\p{greek}" "α" }}|{{ regexMatch "\\\\p{Letter}" "a" }}'),
  t('unicode-class-unknown', '{{ mustRegexMatch "\\\\p{Old_Italic}" "a" }}'),
  t('quote-escape', '{{ regexFind "\\\\Qa.b\\\\E." "a.bc axbc" }}|{{ regexFind "\\\\x41\\\\x{42}\\\\101" "ABA" }}'),
  t('literal-brace', '{{ regexFind "a{,2}" "a{,2}" }}|{{ regexFind "a{01}" "a{01}" }}'),
  t('word-boundary', '{{ regexFindAll "\\\\b\\\\w+\\\\b" "héllo wörld" -1 }}'),
  t('empty-iteration', '{{ regexFindAll "(?:[[:alpha:]]*(?:-AK{0,}K|\\\\.*\\\\x41+)?([^a]k{0,}\\\\s{1,2})??|\\\\\\\\+)*[a-c]*?" "x1 y22\\tz" -1 }}'),
  // RE2 error texts
  t('err-lookbehind', '{{ mustRegexMatch "(?<=a)b" "ab" }}'),
  t('err-negative-lookahead', '{{ mustRegexMatch "(?!a)" "a" }}'),
  t('err-backreference', '{{ mustRegexMatch "(a)\\\\1" "a" }}'),
  t('err-missing-argument', '{{ mustRegexMatch "*a" "a" }}'),
  t('err-nested-repeat-count', '{{ mustRegexMatch "(a{100}){11}" "a" }}'),
  t('err-repeat-min-max', '{{ mustRegexMatch "a{2,1}" "a" }}'),
  t('err-missing-bracket', '{{ mustRegexMatch "x[]y" "a" }}'),
  t('err-posix-class', '{{ mustRegexMatch "[[:foo:]]" "a" }}'),
  t('err-trailing-backslash', '{{ mustRegexMatch "a\\\\" "a" }}'),
  t('err-escape', '{{ mustRegexMatch "\\\\e" "a" }}|{{ mustRegexMatch "\\\\x{110000}" "a" }}'),
  t('err-named-capture', '{{ mustRegexMatch "(?P<n!>a)" "a" }}'),
  t('err-flags', '{{ mustRegexMatch "(?i" "a" }}'),
  t('err-lazy-star-star', '{{ mustRegexMatch "a*?*" "a" }}'),
  t('flag-group-then-star', '{{ regexFind "a(?i)*" "aaa" }}|{{ regexFind "^*a" "aaa" }}|{{ mustRegexMatch "(?)b" "ab" }}'),
]);
