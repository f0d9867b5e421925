// Sprig's conversion functions through the whole engine, judged by Helm: spf13/cast's
// readings of strings ("0x1F", "0755", "3.0", "3.9"), float64s from values.yaml, bools,
// nil and missing values, and Atoi's clamping.
import { differential, type DiffCase } from '../../test/differential';

const values = {
  f: 3.9,
  neg: -3.9,
  whole: 8080,
  big: 1e300,
  perm: '0755',
  hex: '0x1F',
  s: '42',
  yes: true,
  list: [1, 'a', null, 2.5],
  m: { a: 1 },
};

const t = (name: string, template: string): DiffCase => ({ name: `convert/${name}`, template, values });

differential('sprig convert', [
  // atoi: strconv.Atoi, errors dropped
  t('atoi', '{{ atoi "42" }} {{ atoi "+12" }} {{ atoi "-0012" }} {{ atoi .Values.s }}'),
  t('atoi-junk', '{{ atoi "12abc" }} {{ atoi " 12" }} {{ atoi "1_000" }} {{ atoi "0x10" }} {{ atoi "" }}'),
  t('atoi-overflow', '{{ atoi "99999999999999999999" }} {{ atoi "-99999999999999999999" }}'),
  t('atoi-int-arg', '{{ atoi 3 }}'),
  t('atoi-float-value', '{{ atoi .Values.f }}'),
  t('atoi-nil', '{{ atoi nil }}'),
  t('atoi-arithmetic', '{{ add (atoi "2") 3 }}'),
  // int / int64: cast.ToInt / ToInt64
  t('int-strings', '{{ int "3.9" }} {{ int "3.0" }} {{ int "3." }} {{ int ".0" }} {{ int "0755" }} {{ int "08" }}'),
  t('int64-prefixes', '{{ int64 "0x1F" }} {{ int64 "0o17" }} {{ int64 "0b101" }} {{ int64 "-0x10" }} {{ int64 "1_000" }} {{ int64 "_1" }}'),
  t('int-values', '{{ int .Values.f }} {{ int .Values.neg }} {{ int .Values.whole }} {{ int .Values.perm }} {{ int64 .Values.hex }}'),
  t('int-float-literal', '{{ int64 3.9 }} {{ int -3.9 }} {{ int 1e3 }}'),
  t('int-bools-nil', '{{ int true }} {{ int false }} {{ int nil }} {{ int .Values.missing }} {{ int .Values.yes }}'),
  t('int-other-kinds', '{{ int .Values.list }} {{ int64 .Values.m }} {{ int "abc" }}'),
  t('int-overflow', '{{ int "9223372036854775808" }} {{ int64 "9223372036854775807" }} {{ int64 .Values.big }}'),
  t('int-eq-literal', '{{ eq (int .Values.whole) 8080 }}'),
  // float64: cast.ToFloat64
  t('float64-strings', '{{ float64 "1e3" }} {{ float64 ".5" }} {{ float64 "5." }} {{ float64 "+.5e-3" }} {{ float64 "1_0.5" }}'),
  t('float64-hex', '{{ float64 "0x1p-2" }} {{ float64 "0x1F" }} {{ float64 "0x_1p0" }}'),
  t('float64-special', '{{ float64 "inf" }} {{ float64 "-Infinity" }} {{ float64 "nan" }} {{ float64 "1e400" }}'),
  t('float64-bad', '{{ float64 "abc" }} {{ float64 " 1" }} {{ float64 "1e" }} {{ float64 "" }}'),
  t('float64-kinds', '{{ float64 3 }} {{ float64 true }} {{ float64 nil }} {{ float64 .Values.f }} {{ float64 .Values.list }}'),
  t('float64-print', '{{ float64 "1000000" }} {{ float64 "0.00001234" }} {{ float64 .Values.whole }}'),
  // toDecimal: fmt.Sprint(v) read as octal
  t('toDecimal', '{{ toDecimal "0777" }} {{ toDecimal 777 }} {{ toDecimal "-17" }} {{ toDecimal .Values.perm }}'),
  t('toDecimal-bad', '{{ toDecimal "778" }} {{ toDecimal nil }} {{ toDecimal true }} {{ toDecimal 1e7 }} {{ toDecimal "0o17" }}'),
  t('toDecimal-float-value', '{{ toDecimal .Values.whole }}'),
  // toString: strval
  t('toString', '{{ toString 1.5 }}|{{ toString 1000000.0 }}|{{ toString .Values.f }}|{{ toString true }}|{{ toString 42 }}'),
  t('toString-nil', '{{ toString nil }}|{{ toString .Values.missing }}'),
  t('toString-collections', '{{ toString .Values.list }}|{{ toString .Values.m }}'),
  t('toString-type', '{{ toString 1 | kindOf }}'),
  // toStrings: strslice
  t('toStrings', '{{ toStrings .Values.list }}|{{ toStrings (list 1 2.5 "x") }}'),
  t('toStrings-scalars', '{{ toStrings "a" }}|{{ toStrings nil }}|{{ toStrings 3 }}|{{ toStrings .Values.m }}'),
  t('toStrings-len', '{{ toStrings .Values.list | len }}'),
]);
