// Sprig's typeOf, typeIs, typeIsLike, kindOf, kindIs and deepEqual through the whole
// engine, judged by Helm (go-types.diff.test.ts has the typed and nil slices and maps).
import { differential, type DiffCase } from '../../test/differential';

const values = {
  f: 1,
  s: 'x',
  b: true,
  list: [1, 'a'],
  m: { a: 1 },
};

const t = (name: string, template: string): DiffCase => ({ name: `reflect/${name}`, template, values });

differential('sprig reflect', [
  t('typeOf-literals', '{{ typeOf 1 }} {{ typeOf 1.5 }} {{ typeOf "s" }} {{ typeOf true }} {{ typeOf nil }}'),
  t('typeOf-collections', '{{ typeOf (list) }} {{ typeOf (dict) }}'),
  t('typeOf-values', '{{ typeOf .Values.f }} {{ typeOf .Values.s }} {{ typeOf .Values.b }} {{ typeOf .Values.list }} {{ typeOf .Values.m }}'),
  t('typeOf-missing', '{{ typeOf .Values.missing }}'),
  t('typeOf-release', '{{ typeOf .Release }} {{ typeOf .Release.Revision }}'),
  t('typeOf-capabilities', '{{ typeOf .Capabilities }}'),
  t('typeOf-pipeline', '{{ 3 | typeOf }}'),
  t('typeOf-first', '{{ typeOf (first (list)) }} {{ typeOf (slice (list)) }}'),
  t('typeOf-add', '{{ typeOf (add 1 2) }}'),
  t('typeOf-keys', '{{ typeOf (keys (dict)) }}'),
  t('typeOf-until', '{{ typeOf (until 2) }}'),
  t('typeOf-values-root', '{{ typeOf .Values }}'),
  t('typeIs', '{{ typeIs "int" 1 }} {{ typeIs "float64" 1 }} {{ typeIs "float64" .Values.f }} {{ typeIs "string" .Values.s }}'),
  t('typeIs-nil', '{{ typeIs "<nil>" nil }}'),
  t('typeIsLike', '{{ typeIsLike "common.Capabilities" .Capabilities }} {{ typeIsLike "Capabilities" .Capabilities }} {{ typeIsLike "int" 1 }}'),
  t('typeIs-pointer', '{{ typeIs "*common.Capabilities" .Capabilities }} {{ typeIs "common.Capabilities" .Capabilities }}'),
  t('kindOf-literals', '{{ kindOf 1 }} {{ kindOf 1.5 }} {{ kindOf "s" }} {{ kindOf true }} {{ kindOf nil }}'),
  t('kindOf-collections', '{{ kindOf (list) }} {{ kindOf (dict) }} {{ kindOf .Values.list }} {{ kindOf .Values.m }}'),
  t('kindOf-values', '{{ kindOf .Values.f }} {{ kindOf .Values.missing }} {{ kindOf .Values }}'),
  t('kindOf-pointer', '{{ kindOf .Capabilities }} {{ kindOf .Capabilities.KubeVersion }}'),
  t('kindOf-add', '{{ kindOf (add 1 1) }}'),
  t('kindIs', '{{ kindIs "int" 1 }} {{ kindIs "slice" (list) }} {{ kindIs "map" .Values.m }} {{ kindIs "float64" .Values.f }} {{ kindIs "invalid" nil }} {{ kindIs "int" .Values.f }}'),
  t('kindIs-wrong-arg', '{{ kindIs 1 1 }}'),
  t('deepEqual-ints', '{{ deepEqual 1 1 }} {{ deepEqual 1 2 }}'),
  t('deepEqual-int-float', '{{ deepEqual 1 1.0 }} {{ deepEqual 1 .Values.f }} {{ deepEqual 1.0 .Values.f }}'),
  t('deepEqual-nested', '{{ deepEqual (list 1 (dict "a" "b")) (list 1 (dict "a" "b")) }} {{ deepEqual (list 1 (dict "a" "b")) (list 1 (dict "a" "c")) }}'),
  t('deepEqual-nil', '{{ deepEqual nil nil }} {{ deepEqual nil "" }} {{ deepEqual .Values.missing nil }}'),
  t('deepEqual-values', '{{ deepEqual .Values.m (dict "a" 1.0) }} {{ deepEqual .Values.m (dict "a" 1) }} {{ deepEqual .Values.list (list 1.0 "a") }}'),
  t('deepEqual-same-values', '{{ deepEqual .Values .Values }}'),
  t('deepEqual-string', '{{ deepEqual "a" "a" }} {{ deepEqual "a" "b" }}'),
  t('deepEqual-lengths', '{{ deepEqual (list 1) (list 1 1) }} {{ deepEqual (dict "a" 1) (dict "a" 1 "b" 1) }}'),
  t('deepEqual-nil-slice', '{{ deepEqual (list) (rest (list)) }}'),
  t('deepEqual-add', '{{ deepEqual (add 1 1) 2 }}'),
  t('deepEqual-nan', '{{ $l := list (maxf "nan") }}{{ deepEqual $l $l }} {{ deepEqual (list (maxf "nan")) (list (maxf "nan")) }} {{ deepEqual (maxf "nan") (maxf "nan") }}'),
  t('deepEqual-struct', '{{ deepEqual .Capabilities.KubeVersion .Capabilities.KubeVersion }} {{ deepEqual .Capabilities .Capabilities }}'),
  t('deepEqual-one-arg', '{{ deepEqual "a" }}'),
]);
