// Deterministic expectations were checked against Helm 4.1.4 (see crypto.diff.test.ts);
// generated keys and certificates are checked with Node's own crypto (tests only).
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import bcryptjs from 'bcryptjs';
import { GoStruct } from '../gotemplate/value';
import { funcs } from './crypto';
import { fixtures } from './crypto.fixtures';
import * as der from './_der';

const call = (name: string, ...args: unknown[]) => funcs[name].fn(...args);
const field = (v: unknown, f: string) => (v as GoStruct).fields[f] as string;

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('digests', () => {
  const cases: { fn: string; input: string; want: string }[] = [
    { fn: 'sha1sum', input: '', want: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
    { fn: 'sha1sum', input: 'héllo', want: '35b5ea45c5e41f78b46a937cc74d41dfea920890' },
    { fn: 'sha256sum', input: 'abc', want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    { fn: 'sha512sum', input: 'abc', want: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f' },
    { fn: 'adler32sum', input: '', want: '1' },
    { fn: 'adler32sum', input: 'hello', want: '103547413' },
    { fn: 'adler32sum', input: 'Wikipedia', want: '300286872' },
    { fn: 'adler32sum', input: 'The quick brown fox jumps over the lazy dog. '.repeat(4), want: '4200611997' },
    { fn: 'adler32sum', input: 'ÿÿÿÿ', want: '456394249' },
  ];
  for (const c of cases) it(`${c.fn} ${JSON.stringify(c.input).slice(0, 20)}`, () => expect(call(c.fn, c.input)).toBe(c.want));
});

describe('derivePassword', () => {
  const cases: { args: [bigint, string, string, string, string]; want: string }[] = [
    { args: [1n, 'long', 'password', 'user', 'example.com'], want: 'ZedaFaxcZaso9*' },
    { args: [0n, 'maximum', 'päss', 'üser', 'exämple'], want: 'e1?vYQ*zR6OI&s&eFPJG' },
    { args: [7n, 'medium', 'pw', 'me', 'site'], want: 'QarVig2,' },
    { args: [2n, 'short', 'pw', 'me', 'site'], want: 'Roh0' },
    { args: [3n, 'basic', 'pw', 'me', 'site'], want: 'Ihs65aZN' },
    { args: [4294967295n, 'pin', 'a', 'b', 'c'], want: '3483' },
    { args: [1n, 'long', '', '', ''], want: 'YavoDajh9;Zafn' },
    { args: [1n, 'nope', 'p', 'u', 's'], want: 'cannot find password template nope' },
  ];
  for (const c of cases) it(`${c.args[1]} ${c.want}`, () => expect(call('derivePassword', ...c.args)).toBe(c.want));
});

describe('bcrypt and htpasswd', () => {
  it('bcrypt writes $2a$10$ hashes that verify', () => {
    const h = call('bcrypt', 'secret') as string;
    expect(h).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
    expect(bcryptjs.compareSync('secret', h)).toBe(true);
  });
  it('72 bytes is the limit', () => {
    expect((call('bcrypt', 'a'.repeat(72)) as string).length).toBe(60);
    expect(call('bcrypt', 'a'.repeat(73))).toBe('failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes');
  });
  it('htpasswd', () => {
    expect((call('htpasswd', 'user', 'pw') as string).startsWith('user:$2a$10$')).toBe(true);
    expect(call('htpasswd', 'a:b', 'c')).toBe('invalid username: a:b');
    expect(call('htpasswd', 'u', 'a'.repeat(73))).toBe('u:failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes');
  });
});

describe('AES', () => {
  it('round trips', () => {
    for (const s of ['plaintext', 'ünïcødé and a longer text of several blocks', '0123456789abcdef']) {
      expect(call('decryptAES', 'k', call('encryptAES', 'k', s))).toBe(s);
    }
    expect((call('encryptAES', 'k', '0123456789abcdef') as string).length).toBe(44 + 20);
  });
  it('keys are cut to 32 bytes', () => expect(call('decryptAES', 'k'.repeat(32), call('encryptAES', 'k'.repeat(40), 'x'))).toBe('x'));
  it('decrypts what Helm encrypted', () => expect(call('decryptAES', 'k'.repeat(33), '9eIwf4knDjy5VpaQLuZaIXgyKsxY3ToCClCjoMOsL80=')).toBe('x'));
  it('empty in, empty out', () => {
    expect(call('encryptAES', 'k', '')).toBe('');
    expect(call('decryptAES', 'k', '')).toBe('');
  });
  const errors: { name: string; input: string; wantErr: string }[] = [
    { name: 'bad base64', input: '!!', wantErr: 'illegal base64 data at input byte 0' },
    { name: 'short', input: 'YWJj', wantErr: 'runtime error: slice bounds out of range [:16] with capacity 3' },
    { name: 'bad padding', input: 'A'.repeat(43) + '=', wantErr: 'runtime error: slice bounds out of range [:-19]' },
    { name: 'iv only', input: 'A'.repeat(22) + '==', wantErr: 'runtime error: index out of range [-1]' },
    { name: 'partial block', input: 'A'.repeat(35) + '=', wantErr: 'crypto/cipher: input not full blocks' },
  ];
  for (const c of errors) it(`decryptAES ${c.name}`, () => expect(errorOf(() => call('decryptAES', 'k', c.input))).toBe(c.wantErr));
});

describe('private keys', () => {
  it('ecdsa: SEC 1 P-256', () => {
    const pem = call('genPrivateKey', 'ecdsa') as string;
    expect(pem.length).toBe(227);
    const k = createPrivateKey(pem);
    expect(k.asymmetricKeyType).toBe('ec');
    expect(k.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });
  it('ed25519: PKCS #8', () => {
    const pem = call('genPrivateKey', 'ed25519') as string;
    expect(pem.length).toBe(119);
    expect(createPrivateKey(pem).asymmetricKeyType).toBe('ed25519');
  });
  it('rsa: PKCS #1, 4096 bits', () => {
    const pem = call('genPrivateKey', '') as string;
    expect(pem.startsWith('-----BEGIN RSA PRIVATE KEY-----\nMIIJ')).toBe(true);
    const k = createPrivateKey(pem);
    expect(k.asymmetricKeyDetails?.modulusLength).toBe(4096);
    expect(k.asymmetricKeyDetails?.publicExponent).toBe(65537n);
  }, 60_000);
  it('dsa: L2048 N256', () => {
    const pem = call('genPrivateKey', 'dsa') as string;
    expect(pem.startsWith('-----BEGIN DSA PRIVATE KEY-----\nMIID')).toBe(true);
    const k = createPrivateKey(pem);
    expect(k.asymmetricKeyType).toBe('dsa');
    expect(k.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(k.asymmetricKeyDetails?.divisorLength).toBe(256);
  }, 60_000);
  it('unknown type', () => expect(call('genPrivateKey', 'foo')).toBe('Unknown type foo'));
  it('all are nondeterministic', () => {
    for (const f of ['genPrivateKey', 'genCA', 'genCAWithKey', 'genSelfSignedCert', 'genSignedCert', 'encryptAES', 'uuidv4', 'bcrypt', 'htpasswd']) {
      expect(funcs[f].nondeterministic, f).toBe(true);
    }
    for (const f of ['sha256sum', 'derivePassword', 'buildCustomCert', 'decryptAES']) expect(funcs[f].nondeterministic, f).toBeFalsy();
  });
});

describe('certificates', () => {
  it('genCA and genSignedCert make a chain that verifies', () => {
    const ca = call('genCA', 'my-ca', 365n);
    expect((ca as GoStruct).typeName).toBe('sprig.certificate');
    const caCert = new X509Certificate(field(ca, 'Cert'));
    expect(caCert.subject).toBe('CN=my-ca');
    expect(caCert.ca).toBe(true);
    expect(caCert.checkPrivateKey(createPrivateKey(field(ca, 'Key')))).toBe(true);
    expect(caCert.verify(caCert.publicKey)).toBe(true);
    const days = (Date.parse(caCert.validTo) - Date.parse(caCert.validFrom)) / 86400000;
    expect(days).toBe(365);

    const leaf = call('genSignedCert', 'leaf.example', ['10.0.0.1', '::1'], ['a.example', 'b.example'], 30n, ca);
    const c = new X509Certificate(field(leaf, 'Cert'));
    expect(c.issuer).toBe('CN=my-ca');
    expect(c.subject).toBe('CN=leaf.example');
    expect(c.ca).toBe(false);
    expect(c.subjectAltName).toBe('DNS:a.example, DNS:b.example, IP Address:10.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(c.verify(caCert.publicKey)).toBe(true);
    expect(c.checkIssued(caCert)).toBe(true);
    expect(c.checkPrivateKey(createPrivateKey(field(leaf, 'Key')))).toBe(true);
  }, 60_000);

  it('EC, P-384 and Ed25519 keys sign their own certificates', () => {
    for (const pem of [fixtures.ec256, fixtures.ec384, fixtures.ed25519, fixtures.rsa1p8]) {
      const ca = call('genCAWithKey', 'ca', 10n, pem);
      const cert = new X509Certificate(field(ca, 'Cert'));
      expect(cert.verify(createPublicKey(pem))).toBe(true);
    }
  });

  it('WithKey variants re-marshal the key as Go does', () => {
    expect(field(call('genCAWithKey', 'ca', 10n, fixtures.rsa1), 'Key')).toBe(fixtures.rsa1);
    expect(field(call('genCAWithKey', 'ca', 10n, fixtures.rsa1p8), 'Key')).toBe(fixtures.rsa1);
    expect(field(call('genCAWithKey', 'ca', 10n, fixtures.ec256p8), 'Key')).toBe(fixtures.ec256);
    expect(field(call('genSelfSignedCertWithKey', 'x', [], ['a.b'], 1n, fixtures.ec384), 'Key')).toBe(fixtures.ec384);
    expect(field(call('genCAWithKey', 'ca', 10n, fixtures.ed25519), 'Key')).toBe(fixtures.ed25519);
  });

  it('a three-prime RSA key signs with d and is marshalled back whole', () => {
    // Made once with openssl (test data).
    const der3 = Buffer.from(
      '3082027d02010102818100a9ab71202d6b1e1cd69e6922887df6f16959d6271493eafba5425ec76dd59377bb45def017a3f13e04d46ea07197a21409167c3b4b6a35c9412831a8c2f0d73ef94c46f50bcf451bde1c84401316cd79c20c9a0f96af287db9abb9a594601b41c069fed4ed30c4d5ee9bbd9f41eff33016dcc60728173fc53a7261f4aaffb647020301000102818071cdb2a538919eb30d2957af7809b5771b88cc618e25e0f945518d2d0af8b45f1cd7b2bf2bbc24f5ca5b803520b9ad88997066efec268d27bc4114784d44fdea7ac49d443458bd8bfbfd48fabd1c03958b76dd80453bd2a27882176444932eb6c16a8ce515e1951f0c272ae2bf4e833f5b60873f1c60ed8f966bcbbe303f1c01022b3b0919f95193ce42ee34961c57a53a00ad3e474728ddbc21eca428baf6c5e88b33eb78eb2e9cc2c31c9f51022b18affaad0c44a0c0c97e18b70a3fc11ee6ff7792b5cf0e6577fd6830c295b2ff995b0fac1a273d26f253b1022b33aa877cd7944fd3ebbd421293f21a8d3511683832dfbc22c483f6d189df32e18112f7c47c0addb8fc77c1022b0cf5ff0e70fd6ac42c44e666da9ba4213c376d287a090dced9d311ab5fcd461f88fcd4da8f1480b77ccbd1022b350eaa9761efa84d790eb54c4065a1d01e28af6fd3c9f58f33df467469b0e421733e7ae06ca69b37cea9e230818a308187022b1dcd7aac7f347e16153d21f032f5d474c222f624a491857a7f1846783702354884ba3bd11fdc0b0ded5047022b0a570a62e2d7818f83daebf57c98d217986bacded5c22f7f6aad2f75f20ff010b30c3248c2370416d6e96d022b018ada6f1a0c6a33e963365f5792d5b0a4e63e7f975b08aa9f5f79b5fec1d01b4067838c27fdfe5f80db4e',
      'hex',
    );
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${der3.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END RSA PRIVATE KEY-----\n`;
    const ca = call('genCAWithKey', 'ca', 10n, pem);
    expect(field(ca, 'Key')).toBe(pem);
    expect(new X509Certificate(field(ca, 'Cert')).verify(createPublicKey(pem))).toBe(true);
  });

  it('genSignedCertWithKey under a custom CA', () => {
    const ca = call('buildCustomCert', fixtures.caB64, fixtures.rsa1B64);
    expect(field(ca, 'Cert')).toBe(fixtures.ca);
    const leaf = call('genSignedCertWithKey', 'leaf', ['::1'], ['leaf.local'], 30n, ca, fixtures.rsa2);
    expect(field(leaf, 'Key')).toBe(fixtures.rsa2);
    const c = new X509Certificate(field(leaf, 'Cert'));
    expect(c.checkIssued(new X509Certificate(fixtures.ca))).toBe(true);
    expect(c.verify(createPublicKey(fixtures.rsa1))).toBe(true);
  });

  const errors: { name: string; f: () => unknown; wantErr: string }[] = [
    { name: 'bad ip', f: () => call('genSelfSignedCert', 'x', ['1.2.3'], [], 1n), wantErr: 'error parsing ip: 1.2.3' },
    { name: 'non-string ip', f: () => call('genSelfSignedCertWithKey', 'x', [1n], [], 1n, fixtures.ec256), wantErr: 'error parsing ip: 1 is not a string' },
    { name: 'non-string dns', f: () => call('genSelfSignedCertWithKey', 'x', [], [1.5], 1n, fixtures.ec256), wantErr: 'error processing alternate dns name: 1.5 is not a string' },
    { name: 'zone ip', f: () => call('genSelfSignedCertWithKey', 'x', ['fe80::1%eth0'], [], 1n, fixtures.ec256), wantErr: 'error parsing ip: fe80::1%eth0' },
    { name: 'cert bad base64', f: () => call('buildCustomCert', '!!', fixtures.rsa1B64), wantErr: 'unable to decode base64 certificate' },
    { name: 'key bad base64', f: () => call('buildCustomCert', fixtures.caB64, '!!'), wantErr: 'unable to decode base64 private key' },
    { name: 'cert not pem', f: () => call('buildCustomCert', btoa('hello'), fixtures.rsa1B64), wantErr: 'unable to decode certificate' },
    {
      name: 'malformed cert',
      f: () => call('buildCustomCert', btoa('-----BEGIN CERTIFICATE-----\nYWJj\n-----END CERTIFICATE-----\n'), fixtures.rsa1B64),
      wantErr: 'error parsing certificate: decodedCert.Bytes: x509: malformed certificate',
    },
    { name: 'key not pem', f: () => call('buildCustomCert', fixtures.caB64, btoa('nope')), wantErr: 'error parsing private key: no PEM data in input' },
    { name: 'key is a cert', f: () => call('buildCustomCert', fixtures.caB64, fixtures.caB64), wantErr: 'error parsing private key: no private key data in PEM block of type CERTIFICATE' },
    { name: 'x25519 cannot sign', f: () => call('genCAWithKey', 'ca', 10n, fixtures.x25519), wantErr: 'error creating certificate: x509: certificate private key does not implement crypto.Signer' },
    { name: 'garbage key', f: () => call('genCAWithKey', 'ca', 10n, 'garbage'), wantErr: 'parsing private key: no PEM data in input' },
    {
      name: 'unknown key type',
      f: () => call('genCAWithKey', 'ca', 10n, '-----BEGIN FOO PRIVATE KEY-----\nYWJj\n-----END FOO PRIVATE KEY-----\n'),
      wantErr: 'parsing private key: invalid private key type FOO PRIVATE KEY',
    },
    {
      name: 'wrong CA key',
      f: () => call('genSignedCertWithKey', 'leaf', [], [], 30n, call('buildCustomCert', fixtures.caB64, fixtures.rsa2B64), fixtures.ec256),
      wantErr: "error creating certificate: x509: provided PrivateKey doesn't match parent's PublicKey",
    },
    { name: 'ca not a certificate struct', f: () => call('genSignedCertWithKey', 'x', [], [], 1n, 'nope', fixtures.ec256), wantErr: 'wrong type for value; expected sprig.certificate; got string' },
  ];
  for (const c of errors) it(`error: ${c.name}`, () => expect(errorOf(c.f)).toBe(c.wantErr));
});

describe('der.unmarshal (encoding/asn1)', () => {
  const hex = (h: string) => Uint8Array.from((h.replace(/\s+/g, '').match(/../g) ?? []).map((b) => parseInt(b, 16)));
  const params = '{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false}';
  const pair: der.GoType = { kind: 'struct', name: 'pair', fields: [{ name: 'A', type: der.GoInt }, { name: 'B', type: der.GoBigInt, tag: 'optional' }] };
  const tagged: der.GoType = { kind: 'struct', name: 'tagged', fields: [{ name: 'A', type: der.GoInt }, { name: 'O', type: der.GoObjectIdentifier, tag: 'optional,explicit,tag:0' }] };
  const pairs: der.GoType = { kind: 'slice', name: '', elem: pair };
  const cases: { name: string; type: der.GoType; input: string; want?: unknown; rest?: string; wantErr?: string }[] = [
    { name: 'int', type: der.GoInt, input: '020105', want: 5n },
    { name: 'negative int', type: der.GoInt, input: '0201fb', want: -5n },
    { name: 'bytes after the value', type: der.GoInt, input: '020105 0000', want: 5n, rest: '0000' },
    { name: 'big int', type: der.GoBigInt, input: '0209 01 0000000000000000', want: 1n << 64n },
    { name: 'int above int64', type: der.GoInt, input: '0209 01 0000000000000000', wantErr: 'asn1: structure error: integer too large' },
    { name: 'empty integer', type: der.GoBigInt, input: '0200', wantErr: 'asn1: structure error: empty integer' },
    { name: 'non-minimal integer', type: der.GoInt, input: '02020001', wantErr: 'asn1: structure error: integer not minimally-encoded' },
    { name: 'tag checked before length', type: pair, input: '616263', wantErr: `asn1: structure error: tags don't match (16 vs {class:1 tag:1 length:98 isCompound:true}) ${params} pair @2` },
    { name: 'unnamed type', type: der.GoBytes, input: '020100', wantErr: `asn1: structure error: tags don't match (4 vs {class:0 tag:2 length:1 isCompound:false}) ${params}  @2` },
    { name: 'optional field absent', type: pair, input: '3003 020107', want: { A: 7n, B: undefined } },
    { name: 'optional field skipped, extra element kept', type: pair, input: '3005 020107 0500', want: { A: 7n, B: undefined } },
    { name: 'sequence truncated', type: pair, input: '3000', wantErr: 'asn1: syntax error: sequence truncated' },
    { name: 'data truncated', type: pair, input: '3005 020107', wantErr: 'asn1: syntax error: data truncated' },
    { name: 'truncated tag or length', type: der.GoInt, input: '02', wantErr: 'asn1: syntax error: truncated tag or length' },
    { name: 'indefinite length', type: der.GoInt, input: '0280', wantErr: 'asn1: syntax error: indefinite length found (not DER)' },
    { name: 'non-minimal length', type: der.GoInt, input: '02810105', wantErr: 'asn1: structure error: non-minimal length' },
    { name: 'leading zero in length', type: der.GoInt, input: '0282000105', wantErr: 'asn1: structure error: superfluous leading zeros in length' },
    { name: 'length too large', type: der.GoInt, input: '028480000000', wantErr: 'asn1: structure error: length too large' },
    { name: 'non-minimal high tag', type: der.GoInt, input: '1f1e00', wantErr: 'asn1: syntax error: non-minimal tag' },
    { name: 'explicit tag', type: tagged, input: '3009 020101 a004 06022a03', want: { A: 1n, O: [1, 2, 3] } },
    { name: 'explicit tag absent', type: tagged, input: '3003 020101', want: { A: 1n, O: undefined } },
    { name: 'explicit tag around a non-OID is skipped', type: tagged, input: '3007 020101 a002 0500', want: { A: 1n, O: undefined } },
    { name: 'explicit tag has no child', type: tagged, input: '3005 020101 a000', wantErr: 'asn1: structure error: explicit tag has no child' },
    { name: 'empty explicit tag', type: tagged, input: '3007 020101 a000 0500', wantErr: 'asn1: structure error: zero length explicit tag was not an asn1.Flag' },
    { name: 'oid', type: der.GoObjectIdentifier, input: '0603 2a8648', want: [1, 2, 840] },
    { name: 'oid under 2', type: der.GoObjectIdentifier, input: '0602 8837', want: [2, 999] },
    { name: 'oid non-minimal component', type: der.GoObjectIdentifier, input: '0603 2a8001', wantErr: 'asn1: syntax error: integer is not minimally encoded' },
    { name: 'oid truncated component', type: der.GoObjectIdentifier, input: '0602 2a81', wantErr: 'asn1: syntax error: truncated base 128 integer' },
    { name: 'oid component above int32', type: der.GoObjectIdentifier, input: '0606 2a8880808000', wantErr: 'asn1: structure error: base 128 integer too large' },
    { name: 'empty oid', type: der.GoObjectIdentifier, input: '0600', wantErr: 'asn1: syntax error: zero length OBJECT IDENTIFIER' },
    { name: 'bit string', type: der.GoBitString, input: '0302 0780', want: { bytes: hex('80'), bitLength: 1 } },
    { name: 'bit string padding set', type: der.GoBitString, input: '0302 0781', wantErr: 'asn1: syntax error: invalid padding bits in BIT STRING' },
    { name: 'empty bit string', type: der.GoBitString, input: '0300', wantErr: 'asn1: syntax error: zero length BIT STRING' },
    { name: 'raw value', type: der.GoRawValue, input: 'a1020500', want: { class: 2, tag: 1, isCompound: true, bytes: hex('0500'), fullBytes: hex('a1020500') } },
    { name: 'sequence of', type: pairs, input: '3005 3003020101', want: [{ A: 1n, B: undefined }] },
    { name: 'sequence of a wrong element', type: pairs, input: '3003 020101', wantErr: 'asn1: structure error: sequence tag mismatch' },
    { name: 'sequence of a truncated element', type: pairs, input: '3004 30050201', wantErr: 'asn1: syntax error: truncated sequence' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) {
        expect(errorOf(() => der.unmarshal(hex(c.input), c.type))).toBe(c.wantErr);
        return;
      }
      const [v, rest] = der.unmarshal(hex(c.input), c.type);
      expect(v).toEqual(c.want);
      expect(rest).toEqual(hex(c.rest ?? ''));
    });
  }
});

describe('uuidv4', () => {
  it('is a random version 4 UUID', () => {
    const a = call('uuidv4') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call('uuidv4')).not.toBe(a);
  });
});
