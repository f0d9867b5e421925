// Crypto functions against Helm. Only deterministic facts are compared: digests,
// derivePassword, error texts, lengths and prefixes of random output, keys re-marshalled
// from fixed PEM input, and AES round trips.
import { differential, type DiffCase } from '../../test/differential';
import { fixtures } from './crypto.fixtures';
import * as der from './_der';

const values = { ...fixtures };
const t = (name: string, template: string): DiffCase => ({ name: `crypto/${name}`, template, values });

const long = 'The quick brown fox jumps over the lazy dog. '.repeat(4);
const p73 = 'a'.repeat(73);

export const cases: DiffCase[] = [
  t('sha1sum', '{{ sha1sum "" }} {{ sha1sum "abc" }} {{ sha1sum "héllo" }}'),
  t('sha256sum', `{{ sha256sum "" }} {{ sha256sum "abc" }} {{ sha256sum "${long}" }}`),
  t('sha512sum', '{{ sha512sum "" }} {{ sha512sum "abc" }}'),
  t('adler32sum', `{{ adler32sum "" }} {{ adler32sum "hello" }} {{ adler32sum "Wikipedia" }} {{ adler32sum "${long}" }} {{ adler32sum "ÿÿÿÿ" }}`),
  t('digest pipeline', '{{ "config" | sha256sum | trunc 8 }}'),
  t('derivePassword long', '{{ derivePassword 1 "long" "password" "user" "example.com" }}'),
  t('derivePassword maximum', '{{ derivePassword 0 "maximum" "päss" "üser" "exämple" }}'),
  t('derivePassword medium', '{{ derivePassword 7 "medium" "pw" "me" "site" }}'),
  t('derivePassword short', '{{ derivePassword 2 "short" "pw" "me" "site" }}'),
  t('derivePassword basic', '{{ derivePassword 3 "basic" "pw" "me" "site" }}'),
  t('derivePassword pin', '{{ derivePassword 4294967295 "pin" "a" "b" "c" }}'),
  t('derivePassword empty', '{{ derivePassword 1 "long" "" "" "" }}'),
  t('derivePassword unknown template', '{{ derivePassword 1 "nope" "p" "u" "s" }}'),
  t('derivePassword negative counter', '{{ derivePassword -1 "pin" "a" "b" "c" }}'),
  t('htpasswd shape', '{{ $h := htpasswd "user" "pw" }}{{ len $h }} {{ hasPrefix "user:$2a$10$" $h }}'),
  t('htpasswd invalid username', '{{ htpasswd "a:b" "c" }}'),
  t('htpasswd long password', `{{ htpasswd "u" "${p73}" }}`),
  t('bcrypt shape', '{{ len (bcrypt "secret") }} {{ hasPrefix "$2a$10$" (bcrypt "") }}'),
  t('bcrypt 72 bytes ok', `{{ len (bcrypt "${'a'.repeat(72)}") }}`),
  t('bcrypt too long', `{{ bcrypt "${p73}" }}`),
  t('genPrivateKey ecdsa', '{{ $k := genPrivateKey "ecdsa" }}{{ len $k }} {{ hasPrefix "-----BEGIN EC PRIVATE KEY-----\\n" $k }}'),
  t('genPrivateKey ed25519', '{{ $k := genPrivateKey "ed25519" }}{{ len $k }} {{ hasPrefix "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEI" $k }}'),
  t('genPrivateKey rsa', '{{ $k := genPrivateKey "rsa" }}{{ hasPrefix "-----BEGIN RSA PRIVATE KEY-----\\nMIIJ" $k }} {{ hasSuffix "-----END RSA PRIVATE KEY-----\\n" $k }}'),
  t('genPrivateKey dsa', '{{ $k := genPrivateKey "dsa" }}{{ hasPrefix "-----BEGIN DSA PRIVATE KEY-----\\nMIID" $k }}'),
  t('genPrivateKey unknown', '{{ genPrivateKey "foo" }}'),
  t('genCA shape', '{{ $ca := genCA "my-ca" 365 }}{{ hasPrefix "-----BEGIN CERTIFICATE-----\\nMII" $ca.Cert }} {{ hasPrefix "-----BEGIN RSA PRIVATE KEY-----\\nMII" $ca.Key }}'),
  t('genSelfSignedCert shape', '{{ $c := genSelfSignedCert "svc" (list "10.0.0.1") (list "svc.local") 30 }}{{ hasSuffix "-----END CERTIFICATE-----\\n" $c.Cert }}'),
  t('genSelfSignedCert bad ip', '{{ genSelfSignedCert "x" (list "1.2.3") nil 1 }}'),
  t('genSelfSignedCert non-string ip', '{{ genSelfSignedCert "x" (list 1) nil 1 }}'),
  t('genSelfSignedCert non-string dns', '{{ genSelfSignedCert "x" nil (list 1.5) 1 }}'),
  t('genSelfSignedCert zone ip', '{{ genSelfSignedCert "x" (list "fe80::1%eth0") nil 1 }}'),
  t('buildCustomCert', '{{ $c := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ $c.Cert }}{{ $c.Key }}'),
  t('buildCustomCert bad cert base64', '{{ buildCustomCert "!!" .Values.rsa1B64 }}'),
  t('buildCustomCert bad key base64', '{{ buildCustomCert .Values.caB64 "!!" }}'),
  t('buildCustomCert not pem', '{{ buildCustomCert (b64enc "hello") .Values.rsa1B64 }}'),
  t('buildCustomCert malformed cert', '{{ buildCustomCert (b64enc "-----BEGIN CERTIFICATE-----\\nYWJj\\n-----END CERTIFICATE-----\\n") .Values.rsa1B64 }}'),
  t('buildCustomCert key not pem', '{{ buildCustomCert .Values.caB64 (b64enc "nope") }}'),
  t('buildCustomCert key is a cert', '{{ buildCustomCert .Values.caB64 .Values.caB64 }}'),
  t('genCAWithKey rsa pkcs1', '{{ $c := genCAWithKey "ca" 10 .Values.rsa1 }}{{ $c.Key }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}'),
  t('genCAWithKey rsa pkcs8', '{{ (genCAWithKey "ca" 10 .Values.rsa1p8).Key }}'),
  t('genCAWithKey ec256', '{{ (genCAWithKey "ca" 10 .Values.ec256).Key }}'),
  t('genCAWithKey ec256 pkcs8', '{{ (genCAWithKey "ca" 10 .Values.ec256p8).Key }}'),
  t('genCAWithKey ec384', '{{ (genCAWithKey "ca" 10 .Values.ec384).Key }}'),
  t('genCAWithKey ed25519', '{{ (genCAWithKey "ca" 10 .Values.ed25519).Key }}'),
  t('genCAWithKey x25519', '{{ genCAWithKey "ca" 10 .Values.x25519 }}'),
  t('genCAWithKey garbage', '{{ genCAWithKey "ca" 10 "garbage" }}'),
  t('genCAWithKey certificate', '{{ genCAWithKey "ca" 10 .Values.ca }}'),
  t('genCAWithKey unknown type', '{{ genCAWithKey "ca" 10 "-----BEGIN FOO PRIVATE KEY-----\\nYWJj\\n-----END FOO PRIVATE KEY-----\\n" }}'),
  t('genCAWithKey malformed rsa', '{{ genCAWithKey "ca" 10 "-----BEGIN RSA PRIVATE KEY-----\\nYWJj\\n-----END RSA PRIVATE KEY-----\\n" }}'),
  t('genCAWithKey ec521', '{{ $c := genCAWithKey "ca" 10 .Values.ec521 }}{{ $c.Key }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}'),
  t('genSelfSignedCertWithKey ec384', '{{ (genSelfSignedCertWithKey "x" nil (list "a.b") 1 .Values.ec384).Key }}'),
  t('genSignedCertWithKey', '{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ $c := genSignedCertWithKey "leaf" (list "::1") (list "leaf.local") 30 $ca .Values.rsa2 }}{{ $c.Key }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}'),
  t('genSignedCert shape', '{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ $c := genSignedCert "leaf" nil nil 30 $ca }}{{ hasPrefix "-----BEGIN RSA PRIVATE KEY-----" $c.Key }}'),
  t('genSignedCertWithKey wrong ca key', '{{ $ca := buildCustomCert .Values.caB64 .Values.rsa2B64 }}{{ genSignedCertWithKey "leaf" nil nil 30 $ca .Values.ec256 }}'),
  t('genSignedCert chained ca', '{{ $ca := genCAWithKey "root" 10 .Values.ec256 }}{{ $c := genSignedCertWithKey "leaf" nil nil 30 $ca .Values.ed25519 }}{{ $c.Key }}'),
  t('encryptAES roundtrip', '{{ encryptAES "secretkey" "plaintext" | decryptAES "secretkey" }}|{{ encryptAES "k" "ünïcødé and a longer text of several blocks" | decryptAES "k" }}'),
  t('encryptAES long key', `{{ encryptAES "${'k'.repeat(40)}" "x" | decryptAES "${'k'.repeat(32)}" }}`),
  t('encryptAES shape', '{{ len (encryptAES "k" "0123456789abcdef") }} {{ len (encryptAES "k" "x") }}'),
  t('encryptAES empty', '[{{ encryptAES "k" "" }}][{{ decryptAES "k" "" }}]'),
  t('decryptAES fixed', `{{ decryptAES "${'k'.repeat(33)}" "9eIwf4knDjy5VpaQLuZaIXgyKsxY3ToCClCjoMOsL80=" }}`),
  t('decryptAES bad base64', '{{ decryptAES "k" "!!" }}'),
  t('decryptAES short', '{{ decryptAES "k" "YWJj" }}'),
  t('decryptAES bad padding', '{{ decryptAES "k" "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" }}'),
  t('decryptAES iv only', '{{ decryptAES "k" "AAAAAAAAAAAAAAAAAAAAAA==" }}'),
  t('decryptAES partial block', '{{ decryptAES "k" "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" }}'),
  t('uuidv4 shape', '{{ $u := uuidv4 }}{{ len $u }} {{ regexMatch "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$" $u }}'),
  t('randBytes shape', '{{ len (randBytes 3) }} {{ len (randBytes 0) }} {{ len (randBytes 10) }}'),
  t('randBytes negative', '{{ randBytes -1 }}'),
  t('rand strings shape', '{{ len (randAlphaNum 12) }} {{ len (randAlpha 3) }} {{ len (randNumeric 7) }} {{ len (randAscii 5) }} [{{ randAlpha 0 }}] [{{ randNumeric -3 }}]'),
  t('rand alphabets', '{{ regexMatch "^[0-9]{20}$" (randNumeric 20) }} {{ regexMatch "^[A-Za-z]{20}$" (randAlpha 20) }} {{ regexMatch "^[A-Za-z0-9]{20}$" (randAlphaNum 20) }}'),
  t('randInt range', '{{ $n := randInt 5 6 }}{{ $n }}'),
  t('randInt empty range', '{{ randInt 5 5 }}'),
];

// --- Malformed keys inside well-formed PEM blocks ------------------------------------------
// Each key is built from DER bytes; Helm's error text is encoding/asn1's or x509's.

const hex = (h: string): Uint8Array => Uint8Array.from((h.replace(/\s+/g, '').match(/../g) ?? []).map((b) => parseInt(b, 16)));
const cat = (...parts: Uint8Array[]): Uint8Array => der.concat(parts);

function pemOf(type: string, b: Uint8Array): string {
  const body = Buffer.from(b).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, b.length ? '\n' : '');
  return `-----BEGIN ${type}-----\n${body}-----END ${type}-----\n`;
}

function derOf(pem: string): Uint8Array {
  return new Uint8Array(Buffer.from(pem.split('\n').filter((l) => !l.startsWith('-----')).join(''), 'base64'));
}

// The top-level elements of a fixture key, to rebuild it with one part changed.
const partsOf = (pem: string): Uint8Array[] => der.children(der.parseAll(derOf(pem))).map((n) => n.raw);
const rsa1 = derOf(fixtures.rsa1);
const rsaParts = partsOf(fixtures.rsa1); // version n e d p q dp dq qinv
const rsaWith = (i: number, part: Uint8Array) => der.seq(...rsaParts.map((p, j) => (j === i ? part : p)));
const ec256 = derOf(fixtures.ec256);
const ecParts = partsOf(fixtures.ec256); // version privateKey [0]curve [1]publicKey
const ecWith = (i: number, part: Uint8Array) => der.seq(...ecParts.map((p, j) => (j === i ? part : p)));
const ec256p8 = derOf(fixtures.ec256p8);
const ed25519 = derOf(fixtures.ed25519);
const ed25519Seed = ed25519.subarray(ed25519.length - 32);
const OID = { rsa: '1.2.840.113549.1.1.1', ec: '1.2.840.10045.2.1', ed25519: '1.3.101.112', x25519: '1.3.101.110', p256: '1.2.840.10045.3.1.7', p384: '1.3.132.0.34' };
const pkcs8 = (alg: Uint8Array, key: Uint8Array) => der.seq(der.int(0), alg, der.octets(key));
const algId = (oid: string, ...params: Uint8Array[]) => der.seq(der.oid(oid), ...params);
// The inner ECPrivateKey of ec256p8 (no curve inside), and its private scalar.
const ecInner = der.children(der.parseAll(ec256p8))[2].value;
const ecD = ecParts[1].subarray(2);

// Test data made once with openssl: a 512-bit key, and a three-prime 1024-bit key.
const rsa512 = hex('3082013a020100024100b05cb0c6a85ab08886248d0faf9d71b47fefcd8f04489b932811c16698e083b6d3a028e91e849b1ae657c53dccad80a2fac5e1af8588d9e2b462d1633948db79020301000102400c3f338b680f7c28cedfe4e7ccf32afd34d12b3e1e37088eac7ea7267fc13f842a10c687027d344c1b50b58a2ae622926d33a5ba2fd3012df047d2694545a901022100e4b51c1ad8b4edfc24c4716b87aacbeeb966a854af2be04cfef0cbcf79b283a1022100c568750d37914e34e27e2f609dfbb4475d8cbc42d7df072502eac12b96b248d90220659291c2d28fb84a0d4239651a419e848d4eac5fbfd46aaf8762060244f82541022100aa91d649e4509e259dea701f68825b442ab5f6d93ed34bc6141e2968f35dfb09022058efaa8110bd3107b66abd8c8f9ea410155b62c390c44e9b45b68339ef65bf95');
const rsa3p = hex('3082027d02010102818100a9ab71202d6b1e1cd69e6922887df6f16959d6271493eafba5425ec76dd59377bb45def017a3f13e04d46ea07197a21409167c3b4b6a35c9412831a8c2f0d73ef94c46f50bcf451bde1c84401316cd79c20c9a0f96af287db9abb9a594601b41c069fed4ed30c4d5ee9bbd9f41eff33016dcc60728173fc53a7261f4aaffb647020301000102818071cdb2a538919eb30d2957af7809b5771b88cc618e25e0f945518d2d0af8b45f1cd7b2bf2bbc24f5ca5b803520b9ad88997066efec268d27bc4114784d44fdea7ac49d443458bd8bfbfd48fabd1c03958b76dd80453bd2a27882176444932eb6c16a8ce515e1951f0c272ae2bf4e833f5b60873f1c60ed8f966bcbbe303f1c01022b3b0919f95193ce42ee34961c57a53a00ad3e474728ddbc21eca428baf6c5e88b33eb78eb2e9cc2c31c9f51022b18affaad0c44a0c0c97e18b70a3fc11ee6ff7792b5cf0e6577fd6830c295b2ff995b0fac1a273d26f253b1022b33aa877cd7944fd3ebbd421293f21a8d3511683832dfbc22c483f6d189df32e18112f7c47c0addb8fc77c1022b0cf5ff0e70fd6ac42c44e666da9ba4213c376d287a090dced9d311ab5fcd461f88fcd4da8f1480b77ccbd1022b350eaa9761efa84d790eb54c4065a1d01e28af6fd3c9f58f33df467469b0e421733e7ae06ca69b37cea9e230818a308187022b1dcd7aac7f347e16153d21f032f5d474c222f624a491857a7f1846783702354884ba3bd11fdc0b0ded5047022b0a570a62e2d7818f83daebf57c98d217986bacded5c22f7f6aad2f75f20ff010b30c3248c2370416d6e96d022b018ada6f1a0c6a33e963365f5792d5b0a4e63e7f975b08aa9f5f79b5fec1d01b4067838c27fdfe5f80db4e');
const rsa3pParts = der.children(der.parseAll(rsa3p)).map((n) => n.raw);
const intOf = (part: Uint8Array): bigint => BigInt('0x' + Buffer.from(der.parseAll(part).value).toString('hex'));
const [, rsaN, , rsaD, rsaP, , rsaDp, , rsaQinv] = rsaParts.map(intOf);

interface KeyCase {
  name: string;
  type: string;
  der: Uint8Array;
}

// genCAWithKey prints the re-marshalled key when the key parses.
const keyCase = ({ name, type, der: b }: KeyCase): DiffCase => t(`asn1/${name}`, `{{ (genCAWithKey "ca" 10 ${JSON.stringify(pemOf(type, b))}).Key }}`);

const RSA = 'RSA PRIVATE KEY';
const EC = 'EC PRIVATE KEY';
const P8 = 'PRIVATE KEY';
const DSA = 'DSA PRIVATE KEY';

const keyCases: KeyCase[] = [
  // PKCS #1: the outer SEQUENCE and DER lengths.
  { name: 'rsa empty block', type: RSA, der: hex('') },
  { name: 'rsa wrong outer tag', type: RSA, der: der.tlv(0x31, cat(...rsaParts)) },
  { name: 'rsa outer integer', type: RSA, der: hex('020100') },
  { name: 'rsa outer context tag', type: RSA, der: der.tlv(0xa0, cat(...rsaParts)) },
  { name: 'rsa outer primitive sequence tag', type: RSA, der: der.tlv(0x10, cat(...rsaParts)) },
  { name: 'rsa truncated', type: RSA, der: rsa1.subarray(0, 100) },
  { name: 'rsa one byte', type: RSA, der: hex('30') },
  { name: 'rsa truncated long length', type: RSA, der: hex('308202') },
  { name: 'rsa indefinite length', type: RSA, der: hex('3080020100 0000') },
  { name: 'rsa non-minimal length', type: RSA, der: hex('308103020100') },
  { name: 'rsa leading zero length', type: RSA, der: hex('30820003020100') },
  { name: 'rsa length too large', type: RSA, der: hex('308480000000') },
  { name: 'rsa four byte length', type: RSA, der: hex('30840100000002') },
  { name: 'rsa high tag non-minimal', type: RSA, der: hex('3f1e00') },
  { name: 'rsa high tag padded', type: RSA, der: hex('3f800100') },
  { name: 'rsa high tag truncated', type: RSA, der: hex('3f81') },
  { name: 'rsa high tag too large', type: RSA, der: hex('3f888080800000') },
  { name: 'rsa high tag six bytes', type: RSA, der: hex('3f81808080800000') },
  { name: 'rsa high tag', type: RSA, der: hex('3f810000') },
  { name: 'rsa high tag without length', type: RSA, der: hex('3f8100') },
  { name: 'rsa trailing byte', type: RSA, der: cat(rsa1, hex('00')) },
  { name: 'rsa trailing key', type: RSA, der: cat(rsa1, rsa1) },
  // PKCS #1: the fields.
  { name: 'rsa version octet string', type: RSA, der: rsaWith(0, hex('040100')) },
  { name: 'rsa version empty', type: RSA, der: rsaWith(0, hex('0200')) },
  { name: 'rsa version non-minimal', type: RSA, der: rsaWith(0, hex('02020001')) },
  { name: 'rsa version non-minimal negative', type: RSA, der: rsaWith(0, hex('0202ff80')) },
  { name: 'rsa version too large', type: RSA, der: rsaWith(0, hex('0209010000000000000000')) },
  { name: 'rsa version 2', type: RSA, der: rsaWith(0, der.int(2)) },
  { name: 'rsa version 1', type: RSA, der: rsaWith(0, der.int(1)) },
  { name: 'rsa version -1', type: RSA, der: rsaWith(0, der.int(-1)) },
  { name: 'rsa version int64 max', type: RSA, der: rsaWith(0, hex('02087fffffffffffffff')) },
  { name: 'rsa version length past end', type: RSA, der: der.seq(hex('0205000000')) },
  { name: 'rsa only version', type: RSA, der: der.seq(rsaParts[0]) },
  { name: 'rsa empty sequence', type: RSA, der: der.seq() },
  { name: 'rsa five fields', type: RSA, der: der.seq(...rsaParts.slice(0, 5)) },
  { name: 'rsa six fields', type: RSA, der: der.seq(...rsaParts.slice(0, 6)) },
  { name: 'rsa seven fields', type: RSA, der: der.seq(...rsaParts.slice(0, 7)) },
  { name: 'rsa modulus octet string', type: RSA, der: rsaWith(1, der.octets(der.parseAll(rsaParts[1]).value)) },
  { name: 'rsa modulus sequence', type: RSA, der: rsaWith(1, der.seq()) },
  { name: 'rsa modulus non-minimal', type: RSA, der: rsaWith(1, der.tlv(2, cat(hex('00'), rsaParts[1].subarray(3)))) },
  { name: 'rsa modulus empty', type: RSA, der: rsaWith(1, hex('0200')) },
  { name: 'rsa modulus negative', type: RSA, der: rsaWith(1, der.int(-5)) },
  { name: 'rsa modulus zero', type: RSA, der: rsaWith(1, der.int(0)) },
  { name: 'rsa exponent above int64', type: RSA, der: rsaWith(2, hex('0209010000000000000001')) },
  { name: 'rsa exponent empty', type: RSA, der: rsaWith(2, hex('0200')) },
  { name: 'rsa exponent non-minimal', type: RSA, der: rsaWith(2, hex('020400010001')) },
  { name: 'rsa private exponent zero', type: RSA, der: rsaWith(3, der.int(0)) },
  { name: 'rsa prime negative', type: RSA, der: rsaWith(4, der.int(-3)) },
  { name: 'rsa q zero', type: RSA, der: rsaWith(5, der.int(0)) },
  { name: 'rsa dp zero', type: RSA, der: rsaWith(6, der.int(0)) },
  { name: 'rsa qinv negative', type: RSA, der: rsaWith(8, der.int(-1)) },
  { name: 'rsa dp empty', type: RSA, der: rsaWith(6, hex('0200')) },
  { name: 'rsa dp non-minimal', type: RSA, der: rsaWith(6, hex('02020001')) },
  { name: 'rsa null crt values', type: RSA, der: der.seq(...rsaParts.slice(0, 6), der.NULL) },
  { name: 'rsa null after crt values', type: RSA, der: der.seq(...rsaParts, der.NULL) },
  { name: 'rsa crt value truncated', type: RSA, der: der.seq(...rsaParts.slice(0, 6), hex('0205 0101')) },
  { name: 'rsa empty additional primes', type: RSA, der: der.seq(...rsaParts, der.seq()) },
  { name: 'rsa additional primes of integers', type: RSA, der: der.seq(...rsaParts, der.seq(der.int(5))) },
  { name: 'rsa additional primes of sets', type: RSA, der: der.seq(...rsaParts, der.seq(der.set(der.int(5), der.int(1), der.int(1)))) },
  { name: 'rsa additional primes truncated', type: RSA, der: der.seq(...rsaParts, der.seq(hex('3005020101'))) },
  { name: 'rsa additional prime short', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(der.int(3)))) },
  { name: 'rsa additional prime octet string', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(der.octets(hex('05')), der.int(1), der.int(1)))) },
  { name: 'rsa additional prime zero', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(der.int(0), der.int(1), der.int(1)))) },
  { name: 'rsa additional prime bad length', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(hex('0281050000')))) },
  { name: 'rsa additional prime', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(der.int(7), der.int(1), der.int(1)))) },
  { name: 'rsa modulus off by two', type: RSA, der: rsaWith(1, der.int(rsaN + 2n)) },
  { name: 'rsa modulus even', type: RSA, der: rsaWith(1, der.int(rsaN + 1n)) },
  { name: 'rsa modulus one', type: RSA, der: rsaWith(1, der.int(1)) },
  { name: 'rsa exponent above int32', type: RSA, der: rsaWith(2, der.int(0x80000001n)) },
  { name: 'rsa exponent one', type: RSA, der: rsaWith(2, der.int(1)) },
  { name: 'rsa private exponent equals modulus', type: RSA, der: rsaWith(3, der.int(rsaN)) },
  { name: 'rsa private exponent wider than modulus', type: RSA, der: rsaWith(3, der.int(rsaN << 70n)) },
  { name: 'rsa private exponent small', type: RSA, der: rsaWith(3, der.int(3)) },
  { name: 'rsa private exponent other', type: RSA, der: rsaWith(3, der.int(rsaD + 2n)) },
  { name: 'rsa p equals n', type: RSA, der: rsaWith(4, der.int(rsaN)) },
  { name: 'rsa p one', type: RSA, der: rsaWith(4, der.int(1)) },
  { name: 'rsa p one without crt', type: RSA, der: der.seq(...rsaParts.slice(0, 4), der.int(1), rsaParts[5]) },
  { name: 'rsa p two without crt', type: RSA, der: der.seq(...rsaParts.slice(0, 4), der.int(2), rsaParts[5]) },
  { name: 'rsa p even without crt', type: RSA, der: der.seq(...rsaParts.slice(0, 4), der.int(4), rsaParts[5]) },
  { name: 'rsa p composite without crt', type: RSA, der: der.seq(...rsaParts.slice(0, 4), der.int(rsaP * 3n), rsaParts[5]) },
  { name: 'rsa q equals p', type: RSA, der: der.seq(rsaParts[0], der.int(rsaP * rsaP), ...rsaParts.slice(2, 4), rsaParts[4], rsaParts[4], ...rsaParts.slice(6)) },
  { name: 'rsa qinv equals p', type: RSA, der: rsaWith(8, der.int(rsaP)) },
  { name: 'rsa qinv off by one', type: RSA, der: rsaWith(8, der.int(rsaQinv + 1n)) },
  { name: 'rsa dp equals p', type: RSA, der: rsaWith(6, der.int(rsaP)) },
  { name: 'rsa crt without qinv', type: RSA, der: der.seq(...rsaParts.slice(0, 8)) },
  { name: 'rsa 512-bit', type: RSA, der: rsa512 },
  { name: 'rsa three primes', type: RSA, der: rsa3p },
  { name: 'rsa three primes without crt values', type: RSA, der: der.seq(...rsa3pParts.slice(0, 6), der.NULL, rsa3pParts[9]) },
  { name: 'rsa three primes other private exponent', type: RSA, der: der.seq(...rsa3pParts.slice(0, 3), der.int(intOf(rsa3pParts[3]) + 2n), ...rsa3pParts.slice(4)) },
  { name: 'rsa three primes version 0', type: RSA, der: der.seq(der.int(0), ...rsa3pParts.slice(1)) },
  { name: 'rsa additional prime one', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(der.int(1), der.int(1), der.int(1)))) },
  { name: 'rsa additional prime equals p', type: RSA, der: der.seq(...rsaParts, der.seq(der.seq(der.int(rsaP), der.int(1), der.int(1)))) },
  { name: 'rsa additional primes even exponent', type: RSA, der: der.seq(rsaParts[0], rsaParts[1], der.int(4), ...rsaParts.slice(3), der.seq(der.seq(der.int(7), der.int(1), der.int(1)))) },
  { name: 'rsa exponent 3', type: RSA, der: rsaWith(2, der.int(3)) },
  { name: 'rsa exponent even', type: RSA, der: rsaWith(2, der.int(65536)) },
  { name: 'rsa exponent negative', type: RSA, der: rsaWith(2, der.int(-65537)) },
  { name: 'rsa dp off by one', type: RSA, der: rsaWith(6, der.int(rsaDp + 1n)) },
  { name: 'rsa swapped primes', type: RSA, der: der.seq(...rsaParts.slice(0, 4), rsaParts[5], rsaParts[4], ...rsaParts.slice(6)) },
  // PKCS #1 blocks that hold another kind of key.
  { name: 'rsa holds ec key', type: RSA, der: ec256 },
  { name: 'rsa holds ec key with trailing data', type: RSA, der: cat(ec256, hex('0000')) },
  { name: 'rsa holds pkcs8 key', type: RSA, der: derOf(fixtures.rsa1p8) },
  { name: 'rsa holds ed25519 pkcs8', type: RSA, der: ed25519 },

  // SEC 1 EC keys.
  { name: 'ec malformed', type: EC, der: hex('616263') },
  { name: 'ec wrong outer tag', type: EC, der: der.tlv(0x31, cat(...ecParts)) },
  { name: 'ec truncated', type: EC, der: ec256.subarray(0, 40) },
  { name: 'ec trailing data', type: EC, der: cat(ec256, hex('0500')) },
  { name: 'ec version 2', type: EC, der: ecWith(0, der.int(2)) },
  { name: 'ec version 0', type: EC, der: ecWith(0, der.int(0)) },
  { name: 'ec version -1', type: EC, der: ecWith(0, der.int(-1)) },
  { name: 'ec version octet string', type: EC, der: ecWith(0, hex('040101')) },
  { name: 'ec private key integer', type: EC, der: ecWith(1, der.int(5)) },
  { name: 'ec private key missing', type: EC, der: der.seq(ecParts[0]) },
  { name: 'ec no curve', type: EC, der: der.seq(ecParts[0], ecParts[1]) },
  { name: 'ec no curve with public key', type: EC, der: der.seq(ecParts[0], ecParts[1], ecParts[3]) },
  { name: 'ec unknown curve', type: EC, der: ecWith(2, der.explicit(0, der.oid('1.2.3.4'))) },
  { name: 'ec curve 2.999', type: EC, der: ecWith(2, der.explicit(0, hex('06028837'))) },
  { name: 'ec curve null', type: EC, der: ecWith(2, der.explicit(0, der.NULL)) },
  { name: 'ec curve empty explicit tag', type: EC, der: ecWith(2, hex('a000')) },
  { name: 'ec curve empty explicit tag last', type: EC, der: der.seq(ecParts[0], ecParts[1], hex('a000')) },
  { name: 'ec null last', type: EC, der: der.seq(ecParts[0], ecParts[1], der.NULL) },
  { name: 'ec null after curve', type: EC, der: der.seq(ecParts[0], ecParts[1], ecParts[2], der.NULL) },
  { name: 'ec curve primitive tag', type: EC, der: ecWith(2, der.tlv(0x80, der.oid(OID.p256))) },
  { name: 'ec curve zero length oid', type: EC, der: ecWith(2, der.explicit(0, hex('0600'))) },
  { name: 'ec curve oid truncated', type: EC, der: ecWith(2, der.explicit(0, hex('060181'))) },
  { name: 'ec curve oid non-minimal', type: EC, der: ecWith(2, der.explicit(0, hex('06022a80 01'))) },
  { name: 'ec curve oid too large', type: EC, der: ecWith(2, der.explicit(0, hex('06062a8880808000'))) },
  { name: 'ec curve oid six bytes', type: EC, der: ecWith(2, der.explicit(0, hex('06072a818080808000'))) },
  { name: 'ec curve oid past wrapper', type: EC, der: ecWith(2, cat(hex('a001'), der.oid(OID.p256))) },
  { name: 'ec curve inner truncated', type: EC, der: der.seq(ecParts[0], ecParts[1], hex('a0020608')) },
  { name: 'ec curve wrong context tag', type: EC, der: ecWith(2, der.explicit(2, der.oid(OID.p256))) },
  { name: 'ec public key zero length', type: EC, der: ecWith(3, der.explicit(1, hex('0300'))) },
  { name: 'ec public key padding 8', type: EC, der: ecWith(3, der.explicit(1, hex('03020800'))) },
  { name: 'ec public key padding bits set', type: EC, der: ecWith(3, der.explicit(1, hex('03020101'))) },
  { name: 'ec public key padding alone', type: EC, der: ecWith(3, der.explicit(1, hex('030101'))) },
  { name: 'ec public key garbage', type: EC, der: ecWith(3, der.explicit(1, der.bits(hex('0102')))) },
  { name: 'ec public key octet string', type: EC, der: ecWith(3, der.explicit(1, der.octets(hex('01')))) },
  { name: 'ec private key zero', type: EC, der: ecWith(1, der.octets(new Uint8Array(32))) },
  { name: 'ec private key empty', type: EC, der: ecWith(1, der.octets(new Uint8Array(0))) },
  { name: 'ec private key order', type: EC, der: ecWith(1, der.octets(hex('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'))) },
  { name: 'ec private key padded', type: EC, der: ecWith(1, der.octets(cat(hex('0000'), ecD))) },
  { name: 'ec private key one', type: EC, der: der.seq(ecParts[0], der.octets(hex('01')), ecParts[2]) },
  { name: 'ec p224 key', type: EC, der: der.seq(der.int(1), der.octets(hex('07')), der.explicit(0, der.oid('1.3.132.0.33'))) },
  { name: 'ec p521 key', type: EC, der: der.seq(der.int(1), der.octets(hex('0102')), der.explicit(0, der.oid('1.3.132.0.35'))) },
  { name: 'ec holds rsa key', type: EC, der: rsa1 },
  { name: 'ec holds pkcs8 key', type: EC, der: ec256p8 },
  { name: 'ec holds ed25519 pkcs8', type: EC, der: ed25519 },

  // PKCS #8.
  { name: 'pkcs8 malformed', type: P8, der: hex('616263') },
  { name: 'pkcs8 wrong outer tag', type: P8, der: der.tlv(0x31, ed25519.subarray(2)) },
  { name: 'pkcs8 truncated', type: P8, der: ed25519.subarray(0, 20) },
  { name: 'pkcs8 trailing data', type: P8, der: cat(ed25519, hex('00')) },
  { name: 'pkcs8 version octet string', type: P8, der: der.seq(der.octets(hex('00')), algId(OID.ed25519), der.octets(der.octets(ed25519Seed))) },
  { name: 'pkcs8 version 7', type: P8, der: der.seq(der.int(7), algId(OID.ed25519), der.octets(der.octets(ed25519Seed))) },
  { name: 'pkcs8 algorithm not a sequence', type: P8, der: der.seq(der.int(0), der.oid(OID.ed25519), der.octets(der.octets(ed25519Seed))) },
  { name: 'pkcs8 algorithm empty', type: P8, der: pkcs8(der.seq(), der.octets(ed25519Seed)) },
  { name: 'pkcs8 algorithm integer', type: P8, der: pkcs8(der.seq(der.int(1)), der.octets(ed25519Seed)) },
  { name: 'pkcs8 algorithm zero length oid', type: P8, der: pkcs8(der.seq(hex('0600')), der.octets(ed25519Seed)) },
  { name: 'pkcs8 algorithm oid truncated', type: P8, der: pkcs8(der.seq(hex('06022b81')), der.octets(ed25519Seed)) },
  { name: 'pkcs8 unknown algorithm', type: P8, der: pkcs8(algId('1.2.3.4'), der.octets(ed25519Seed)) },
  { name: 'pkcs8 dsa algorithm', type: P8, der: pkcs8(algId('1.2.840.10040.4.1', der.NULL), der.octets(ed25519Seed)) },
  { name: 'pkcs8 algorithm 2.999.1', type: P8, der: pkcs8(der.seq(hex('0603883701')), der.octets(ed25519Seed)) },
  { name: 'pkcs8 algorithm parameters truncated', type: P8, der: pkcs8(der.seq(der.oid(OID.ed25519), hex('0405')), der.octets(ed25519Seed)) },
  { name: 'pkcs8 private key missing', type: P8, der: der.seq(der.int(0), algId(OID.ed25519)) },
  { name: 'pkcs8 private key integer', type: P8, der: der.seq(der.int(0), algId(OID.ed25519), der.int(5)) },
  { name: 'pkcs8 holds ec key', type: P8, der: ec256 },
  { name: 'pkcs8 holds rsa key', type: P8, der: rsa1 },
  { name: 'pkcs8 ed25519 null parameters', type: P8, der: pkcs8(algId(OID.ed25519, der.NULL), der.octets(ed25519Seed)) },
  { name: 'pkcs8 ed25519 empty sequence parameters', type: P8, der: pkcs8(algId(OID.ed25519, der.seq()), der.octets(ed25519Seed)) },
  { name: 'pkcs8 ed25519 inner not octet string', type: P8, der: pkcs8(algId(OID.ed25519), der.int(5)) },
  { name: 'pkcs8 ed25519 inner empty', type: P8, der: pkcs8(algId(OID.ed25519), hex('')) },
  { name: 'pkcs8 ed25519 inner truncated', type: P8, der: pkcs8(algId(OID.ed25519), hex('0420 0102')) },
  { name: 'pkcs8 ed25519 short seed', type: P8, der: pkcs8(algId(OID.ed25519), der.octets(ed25519Seed.subarray(1))) },
  { name: 'pkcs8 ed25519 inner trailing data', type: P8, der: pkcs8(algId(OID.ed25519), cat(der.octets(ed25519Seed), hex('0500'))) },
  { name: 'pkcs8 x25519 null parameters', type: P8, der: pkcs8(algId(OID.x25519, der.NULL), der.octets(ed25519Seed)) },
  { name: 'pkcs8 x25519 inner not octet string', type: P8, der: pkcs8(algId(OID.x25519), der.NULL) },
  { name: 'pkcs8 x25519 short key', type: P8, der: pkcs8(algId(OID.x25519), der.octets(ed25519Seed.subarray(2))) },
  { name: 'pkcs8 rsa inner malformed', type: P8, der: pkcs8(algId(OID.rsa, der.NULL), hex('616263')) },
  { name: 'pkcs8 rsa inner trailing data', type: P8, der: pkcs8(algId(OID.rsa, der.NULL), cat(rsa1, hex('00'))) },
  { name: 'pkcs8 rsa inner ec key', type: P8, der: pkcs8(algId(OID.rsa, der.NULL), ec256) },
  { name: 'pkcs8 rsa inner version 2', type: P8, der: pkcs8(algId(OID.rsa), rsaWith(0, der.int(2))) },
  { name: 'pkcs8 rsa without parameters', type: P8, der: pkcs8(algId(OID.rsa), rsa1) },
  { name: 'pkcs8 ec no curve anywhere', type: P8, der: pkcs8(algId(OID.ec), ecInner) },
  { name: 'pkcs8 ec null parameters inner curve', type: P8, der: pkcs8(algId(OID.ec, der.NULL), ec256) },
  { name: 'pkcs8 ec unknown curve parameter', type: P8, der: pkcs8(algId(OID.ec, der.oid('1.2.3.4')), ec256) },
  { name: 'pkcs8 ec p384 parameter for p256 key', type: P8, der: pkcs8(algId(OID.ec, der.oid(OID.p384)), ecInner) },
  { name: 'pkcs8 ec bad oid parameter', type: P8, der: pkcs8(algId(OID.ec, hex('0600')), ec256) },
  { name: 'pkcs8 ec inner malformed', type: P8, der: pkcs8(algId(OID.ec, der.oid(OID.p256)), hex('616263')) },
  { name: 'pkcs8 ec inner is pkcs1', type: P8, der: pkcs8(algId(OID.ec, der.oid(OID.p256)), rsa1) },
  { name: 'pkcs8 ec inner version 3', type: P8, der: pkcs8(algId(OID.ec, der.oid(OID.p256)), ecWith(0, der.int(3))) },

  // Sprig's DSAKeyFormat: any integers parse; a DSA key then cannot sign.
  { name: 'dsa malformed', type: DSA, der: hex('616263') },
  { name: 'dsa small key', type: DSA, der: der.seq(der.int(0), der.int(23), der.int(11), der.int(4), der.int(8), der.int(3)) },
  { name: 'dsa negative values', type: DSA, der: der.seq(der.int(-1), der.int(-23), der.int(0), der.int(4), der.int(8), der.int(3)) },
  { name: 'dsa trailing data', type: DSA, der: cat(der.seq(der.int(0), der.int(23), der.int(11), der.int(4), der.int(8), der.int(3)), hex('00')) },
  { name: 'dsa missing x', type: DSA, der: der.seq(der.int(0), der.int(23), der.int(11), der.int(4), der.int(8)) },
  { name: 'dsa octet string field', type: DSA, der: der.seq(der.int(0), der.int(23), der.octets(hex('0b')), der.int(4), der.int(8), der.int(3)) },
  { name: 'dsa version too large', type: DSA, der: der.seq(hex('0209010000000000000000'), der.int(23), der.int(11), der.int(4), der.int(8), der.int(3)) },
  { name: 'dsa empty integer', type: DSA, der: der.seq(der.int(0), der.int(23), hex('0200'), der.int(4), der.int(8), der.int(3)) },
];

// The other functions that read a key, each with its own prefix.
const bad = pemOf(RSA, rsaWith(1, der.octets(hex('05'))));
const otherCases: DiffCase[] = [
  t('asn1/genSelfSignedCertWithKey malformed rsa', `{{ genSelfSignedCertWithKey "x" nil nil 1 ${JSON.stringify(bad)} }}`),
  t('asn1/genSelfSignedCertWithKey malformed ec', `{{ genSelfSignedCertWithKey "x" nil nil 1 ${JSON.stringify(pemOf(EC, ecWith(2, hex('a000'))))} }}`),
  t('asn1/genSelfSignedCertWithKey pkcs8 unknown algorithm', `{{ genSelfSignedCertWithKey "x" nil nil 1 ${JSON.stringify(pemOf(P8, pkcs8(algId('1.2.3.4'), hex('0400'))))} }}`),
  t('asn1/genSelfSignedCertWithKey ec p224', `{{ (genSelfSignedCertWithKey "x" nil nil 1 ${JSON.stringify(pemOf(EC, der.seq(der.int(1), der.octets(hex('07')), der.explicit(0, der.oid('1.3.132.0.33')))))}).Key }}`),
  t('asn1/genSignedCertWithKey malformed rsa', `{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ genSignedCertWithKey "leaf" nil nil 30 $ca ${JSON.stringify(bad)} }}`),
  t('asn1/genSignedCertWithKey trailing data', `{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ genSignedCertWithKey "leaf" nil nil 30 $ca ${JSON.stringify(pemOf(RSA, cat(rsa1, hex('00'))))} }}`),
  t('asn1/genSignedCertWithKey ec trailing data', `{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ (genSignedCertWithKey "leaf" nil nil 30 $ca ${JSON.stringify(pemOf(EC, cat(ec256, hex('00'))))}).Key }}`),
  t('asn1/genSignedCertWithKey dsa', `{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ genSignedCertWithKey "leaf" nil nil 30 $ca ${JSON.stringify(pemOf(DSA, der.seq(der.int(0), der.int(23), der.int(11), der.int(4), der.int(8), der.int(3))))} }}`),
  t('asn1/buildCustomCert malformed rsa key', `{{ buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(bad)}) }}`),
  t('asn1/buildCustomCert malformed ec key', `{{ buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(EC, ecWith(1, der.int(5))))}) }}`),
  t('asn1/buildCustomCert malformed pkcs8 key', `{{ buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(P8, hex('616263')))}) }}`),
  t('asn1/buildCustomCert malformed dsa key', `{{ buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(DSA, der.seq(der.int(0))))}) }}`),
  t('asn1/buildCustomCert dsa key', `{{ (buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(DSA, der.seq(der.int(0), der.int(23), der.int(11), der.int(4), der.int(8), der.int(3))))})).Key | len }}`),
  t('asn1/buildCustomCert rsa 512-bit key', `{{ (buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(RSA, rsa512))})).Key | len }}`),
  t('asn1/genSelfSignedCertWithKey rsa 512-bit', `{{ genSelfSignedCertWithKey "x" nil nil 1 ${JSON.stringify(pemOf(RSA, rsa512))} }}`),
  t('asn1/genSignedCertWithKey rsa three primes', `{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ (genSignedCertWithKey "leaf" nil nil 30 $ca ${JSON.stringify(pemOf(RSA, rsa3p))}).Key }}`),
  t('asn1/genSignedCert ca with three primes', `{{ $ca := genCAWithKey "root" 10 ${JSON.stringify(pemOf(RSA, rsa3p))} }}{{ $c := genSignedCert "leaf" nil nil 30 $ca }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}`),
  t('asn1/buildCustomCert rsa key trailing data', `{{ buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(RSA, cat(rsa1, hex('00'))))}) }}`),
  t('asn1/genSignedCertWithKey ec zero key', `{{ $ca := buildCustomCert .Values.caB64 .Values.rsa1B64 }}{{ genSignedCertWithKey "leaf" nil nil 30 $ca ${JSON.stringify(pemOf(EC, ecWith(1, der.octets(hex('00')))))} }}`),
  t('asn1/genSignedCert ca with ec zero key', `{{ $ca := buildCustomCert .Values.caB64 (b64enc ${JSON.stringify(pemOf(EC, ecWith(1, der.octets(hex('00')))))}) }}{{ genSignedCert "leaf" nil nil 30 $ca }}`),
];

// Certificates go through x509.ParseCertificate (cryptobyte, not encoding/asn1).
const ca = derOf(fixtures.ca);
const caParts = partsOf(fixtures.ca); // tbs signatureAlgorithm signature
const certCase = (name: string, b: Uint8Array): DiffCase => t(`asn1/buildCustomCert cert ${name}`, `{{ buildCustomCert (b64enc ${JSON.stringify(pemOf('CERTIFICATE', b))}) .Values.rsa1B64 }}`);
const certCases: DiffCase[] = [
  certCase('wrong outer tag', der.tlv(0x31, cat(...caParts))),
  certCase('truncated', ca.subarray(0, 300)),
  certCase('trailing data', cat(ca, hex('00'))),
  certCase('non-minimal length', cat(hex('3083'), ca.subarray(1))),
  certCase('tbs not a sequence', der.seq(der.int(1), caParts[1], caParts[2])),
  certCase('two elements', der.seq(caParts[0], caParts[1])),
  certCase('four elements', der.seq(...caParts, der.NULL)),
  certCase('empty', hex('')),
  certCase('one element', der.seq(caParts[0])),
  certCase('outer algorithm differs', der.seq(caParts[0], der.seq(der.oid('1.2.840.113549.1.1.13'), der.NULL), caParts[2])),
  certCase('signature not a bit string', der.seq(caParts[0], caParts[1], der.octets(hex('00')))),
  certCase('outer algorithm not a sequence', der.seq(caParts[0], der.NULL, caParts[2])),
];

differential('sprig/crypto', [...cases, ...keyCases.map(keyCase), ...otherCases, ...certCases]);
