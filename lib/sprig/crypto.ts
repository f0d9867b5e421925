// Sprig's crypto.go: digests, bcrypt/htpasswd, derivePassword (Master Password), private
// keys, certificates, AES, UUIDs. Everything random (keys, certificates, salts, IVs, UUIDs)
// is marked nondeterministic; digests, derivePassword, buildCustomCert and decryptAES are not.
import bcryptjs from 'bcryptjs';
import forge from 'node-forge';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { hmac } from '@noble/hashes/hmac.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { type FuncMap, type GoValue, FuncError, GoStruct, Int64, toBytes, fromBytes } from '../gotemplate/value';
import { formatV } from '../gotemplate/fmt';
import { base64Decode, base64Encode } from './encoding';
import { randomBytes } from './random';
import { randomBelow } from './_bignum';
import * as keys from './_keys';
import { type CertTemplate, KeyUsage, X509Error, createCertificate, parseCertificate } from './_x509';
import { parseIP } from './_goaddr';
import * as gt from './_gotime';

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** hash/adler32.Checksum. */
export function adler32(b: Uint8Array): number {
  let a = 1;
  let s = 0;
  for (const x of b) {
    a = (a + x) % 65521;
    s = (s + a) % 65521;
  }
  return (s * 65536 + a) >>> 0;
}

// --- bcrypt -----------------------------------------------------------------------------

/**
 * bcrypt.GenerateFromPassword(input, DefaultCost): "$2a$10$…". bcryptjs writes "$2b$",
 * which differs from "$2a$" only for passwords over 255 bytes, and Go refuses anything
 * over 72 bytes first.
 */
function bcrypt(input: string): string {
  if (toBytes(input).length > 72) return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
  const hash = bcryptjs.hashSync(input, bcryptjs.genSaltSync(10));
  return '$2a$' + hash.slice(4);
}

function htpasswd(username: string, password: string): string {
  if (username.includes(':')) return `invalid username: ${username}`;
  return `${username}:${bcrypt(password)}`;
}

// --- derivePassword ---------------------------------------------------------------------

const masterPasswordSeed = 'com.lyndir.masterpassword';

const passwordTypeTemplates: Record<string, string[]> = {
  maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
  long: [
    'CvcvnoCvcvCvcv', 'CvcvCvcvnoCvcv', 'CvcvCvcvCvcvno', 'CvccnoCvcvCvcv', 'CvccCvcvnoCvcv',
    'CvccCvcvCvcvno', 'CvcvnoCvccCvcv', 'CvcvCvccnoCvcv', 'CvcvCvccCvcvno', 'CvcvnoCvcvCvcc',
    'CvcvCvcvnoCvcc', 'CvcvCvcvCvccno', 'CvccnoCvccCvcv', 'CvccCvccnoCvcv', 'CvccCvccCvcvno',
    'CvcvnoCvccCvcc', 'CvcvCvccnoCvcc', 'CvcvCvccCvccno', 'CvccnoCvcvCvcc', 'CvccCvcvnoCvcc',
    'CvccCvcvCvccno',
  ],
  medium: ['CvcnoCvc', 'CvcCvcno'],
  short: ['Cvcn'],
  basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
  pin: ['nnnn'],
};

const templateCharacters: Record<string, string> = {
  V: 'AEIOU',
  C: 'BCDFGHJKLMNPQRSTVWXYZ',
  v: 'aeiou',
  c: 'bcdfghjklmnpqrstvwxyz',
  A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
  a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
  n: '0123456789',
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};

function u32be(n: number): Uint8Array {
  return Uint8Array.of((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

// scrypt with N=32768 takes most of a second in JavaScript and a live preview renders the
// same template again and again, so the last few master keys are kept.
const masterKeys = new Map<string, Uint8Array>();

function masterKey(password: string, user: string, seedBytes: Uint8Array, userBytes: Uint8Array): Uint8Array {
  const id = JSON.stringify([password, user]);
  let key = masterKeys.get(id);
  if (!key) {
    const salt = concat(seedBytes, u32be(userBytes.length), userBytes);
    key = scrypt(toBytes(password), salt, { N: 32768, r: 8, p: 2, dkLen: 64 });
    if (masterKeys.size >= 16) masterKeys.delete(masterKeys.keys().next().value!);
  }
  masterKeys.delete(id);
  masterKeys.set(id, key);
  return key;
}

/** The Master Password algorithm (scrypt N=32768 r=8 p=2, then HMAC-SHA256 as the seed). */
export function derivePassword(counter: bigint, passwordType: string, password: string, user: string, site: string): string {
  const templates = passwordTypeTemplates[passwordType];
  if (!templates) return `cannot find password template ${passwordType}`;
  const seedBytes = toBytes(masterPasswordSeed);
  const userBytes = toBytes(user);
  const siteBytes = toBytes(site);
  const key = masterKey(password, user, seedBytes, userBytes);
  const seed = hmac(sha256, key, concat(seedBytes, u32be(siteBytes.length), siteBytes, u32be(Number(BigInt.asUintN(32, counter)))));
  const temp = templates[seed[0] % templates.length];
  let out = '';
  for (let i = 0; i < temp.length; i++) {
    const passChars = templateCharacters[temp[i]];
    out += passChars[seed[i + 1] % passChars.length];
  }
  return out;
}

// --- Keys and certificates -------------------------------------------------------------

function generatePrivateKey(typ: string): string {
  let priv: keys.PrivateKey;
  switch (typ) {
    case '':
    case 'rsa':
      priv = keys.generateRSA(4096);
      break;
    case 'dsa':
      priv = keys.generateDSA();
      break;
    case 'ecdsa':
      priv = keys.generateEC();
      break;
    case 'ed25519':
      priv = keys.generateEd25519();
      break;
    default:
      return 'Unknown type ' + typ;
  }
  return keys.pemEncode(keys.pemBlockForKey(priv));
}

/** Sprig's `certificate` struct, as genCA and friends return it. */
function certificate(cert: string, key: string): GoStruct {
  return new GoStruct('sprig.certificate', { Cert: cert, Key: key });
}

function certificateArg(v: GoValue): { Cert: string; Key: string } {
  if (v instanceof GoStruct && v.typeName === 'sprig.certificate') {
    return { Cert: String(v.fields.Cert ?? ''), Key: String(v.fields.Key ?? '') };
  }
  throw new FuncError(`wrong type for value; expected sprig.certificate; got ${v instanceof GoStruct ? v.typeName : describe(v)}`);
}

function describe(v: GoValue): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'bigint') return 'int';
  if (v instanceof Int64) return 'int64';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

function parseKey(pemText: string, prefix: string): keys.PrivateKey {
  try {
    return keys.parsePrivateKeyPEM(pemText);
  } catch (e) {
    if (e instanceof keys.KeyError) throw new FuncError(`${prefix}: ${e.message}`);
    throw e;
  }
}

function getNetIPs(ips: GoValue[] | null): Uint8Array[] {
  if (!ips) return [];
  return ips.map((ip) => {
    if (typeof ip !== 'string') throw new FuncError(`error parsing ip: ${formatV(ip)} is not a string`);
    const netIP = parseIP(ip);
    if (!netIP) throw new FuncError(`error parsing ip: ${ip}`);
    return netIP;
  });
}

function getAlternateDNSStrs(names: GoValue[] | null): string[] {
  if (!names) return [];
  return names.map((dns) => {
    if (typeof dns !== 'string') throw new FuncError(`error processing alternate dns name: ${formatV(dns)} is not a string`);
    return dns;
  });
}

function getBaseCertTemplate(cn: string, ips: GoValue[] | null, alternateDNS: GoValue[] | null, daysValid: bigint): CertTemplate {
  const ipAddresses = getNetIPs(ips);
  const dnsNames = getAlternateDNSStrs(alternateDNS);
  const now = gt.now();
  return {
    serial: randomBelow(1n << 128n),
    commonName: cn,
    ips: ipAddresses,
    dnsNames,
    notBefore: now,
    // time.Hour * 24 * time.Duration(daysValid) wraps like Go's int64.
    notAfter: gt.add(now, gt.int64(gt.Hour * 24n * daysValid)),
    keyUsage: KeyUsage.KeyEncipherment | KeyUsage.DigitalSignature,
    isCA: false,
  };
}

function getCertAndKey(template: CertTemplate, signeeKey: keys.PrivateKey, parent: ReturnType<typeof parseCertificate> | undefined, signingKey: keys.PrivateKey): GoStruct {
  let derBytes: Uint8Array;
  try {
    derBytes = createCertificate(template, signeeKey, parent, signingKey);
  } catch (e) {
    if (e instanceof X509Error || e instanceof keys.KeyError) throw new FuncError(`error creating certificate: ${e.message}`);
    throw e;
  }
  const cert = keys.pemEncode({ type: 'CERTIFICATE', bytes: derBytes });
  return certificate(cert, keys.pemEncode(keys.pemBlockForKey(signeeKey)));
}

// The key comes as a function: Go generates it first, but nothing shows the order, and
// checking the arguments before a slow RSA key generation keeps failing previews fast.
type KeySource = () => keys.PrivateKey;

function caWithKey(cn: string, daysValid: bigint, key: KeySource): GoStruct {
  const template = getBaseCertTemplate(cn, null, null, daysValid);
  const priv = key();
  template.keyUsage = KeyUsage.KeyEncipherment | KeyUsage.DigitalSignature | KeyUsage.CertSign;
  template.isCA = true;
  return getCertAndKey(template, priv, undefined, priv);
}

function selfSignedWithKey(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, daysValid: bigint, key: KeySource): GoStruct {
  const template = getBaseCertTemplate(cn, ips, dns, daysValid);
  const priv = key();
  return getCertAndKey(template, priv, undefined, priv);
}

function signedWithKey(cn: string, ips: GoValue[] | null, dns: GoValue[] | null, daysValid: bigint, caValue: GoValue, key: KeySource): GoStruct {
  const ca = certificateArg(caValue);
  const decodedSignerCert = keys.pemDecode(ca.Cert);
  if (!decodedSignerCert) throw new FuncError('unable to decode certificate');
  let signerCert;
  try {
    signerCert = parseCertificate(decodedSignerCert.bytes);
  } catch (e) {
    throw new FuncError(`error parsing certificate: decodedSignerCert.Bytes: ${(e as Error).message}`);
  }
  const signerKey = parseKey(ca.Key, 'error parsing private key');
  const template = getBaseCertTemplate(cn, ips, dns, daysValid);
  return getCertAndKey(template, key(), signerCert, signerKey);
}

function buildCustomCertificate(b64cert: string, b64key: string): GoStruct {
  let cert: Uint8Array;
  let key: Uint8Array;
  try {
    cert = base64Decode(b64cert);
  } catch {
    throw new FuncError('unable to decode base64 certificate');
  }
  try {
    key = base64Decode(b64key);
  } catch {
    throw new FuncError('unable to decode base64 private key');
  }
  const decodedCert = keys.pemDecode(fromBytes(cert));
  if (!decodedCert) throw new FuncError('unable to decode certificate');
  try {
    parseCertificate(decodedCert.bytes);
  } catch (e) {
    throw new FuncError(`error parsing certificate: decodedCert.Bytes: ${(e as Error).message}`);
  }
  parseKey(fromBytes(key), 'error parsing private key');
  return certificate(fromBytes(cert), fromBytes(key));
}

// --- AES --------------------------------------------------------------------------------

// The AES-256 key: the password's bytes, zero-padded or cut to 32.
function aesKey(password: string): string {
  const key = new Uint8Array(32);
  key.set(toBytes(password).subarray(0, 32));
  return String.fromCharCode(...key);
}

function binary(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

function unbinary(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** CBC over whole blocks, without forge's own padding. */
function cbc(encrypt: boolean, password: string, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const c = encrypt ? forge.cipher.createCipher('AES-CBC', aesKey(password)) : forge.cipher.createDecipher('AES-CBC', aesKey(password));
  c.start({ iv: binary(iv) });
  c.update(forge.util.createBuffer(binary(data)));
  // forge pads CBC itself unless finish gets a padding function; this one does nothing.
  (c.finish as unknown as (pad: () => boolean) => boolean)(() => true);
  return unbinary(c.output.getBytes());
}

function encryptAES(password: string, plaintext: string): string {
  if (plaintext === '') return '';
  const content = toBytes(plaintext);
  const padding = 16 - (content.length % 16);
  const padded = concat(content, new Uint8Array(padding).fill(padding));
  const iv = randomBytes(16);
  return base64Encode(concat(iv, cbc(true, password, iv, padded)));
}

function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === '') return '';
  let crypt: Uint8Array;
  try {
    crypt = base64Decode(crypt64);
  } catch (e) {
    throw new FuncError((e as Error).message);
  }
  // Go slices a buffer of capacity DecodedLen(len(s)); the panics name its bounds.
  if (crypt.length < 16) {
    const cap = Math.floor(toBytes(crypt64).length / 4) * 3;
    if (cap < 16) throw new FuncError(`runtime error: slice bounds out of range [:16] with capacity ${cap}`);
    throw new FuncError(`runtime error: slice bounds out of range [16:${crypt.length}]`);
  }
  const iv = crypt.subarray(0, 16);
  const body = crypt.subarray(16);
  if (body.length % 16 !== 0) throw new FuncError('crypto/cipher: input not full blocks');
  if (body.length === 0) throw new FuncError('runtime error: index out of range [-1]');
  const decrypted = cbc(false, password, iv, body);
  const end = decrypted.length - decrypted[decrypted.length - 1];
  if (end < 0) throw new FuncError(`runtime error: slice bounds out of range [:${end}]`);
  return fromBytes(decrypted.subarray(0, end));
}

// --- UUID -------------------------------------------------------------------------------

/** uuid.New().String(): random version 4, RFC 4122 variant, lower-case hex. */
export function uuidv4(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// --- The functions ----------------------------------------------------------------------

const nondet = { nondeterministic: true } as const;

export const funcs: FuncMap = {
  sha1sum: { params: ['string'], fn: (s: string) => hex(sha1(toBytes(s))) },
  sha256sum: { params: ['string'], fn: (s: string) => hex(sha256(toBytes(s))) },
  sha512sum: { params: ['string'], fn: (s: string) => hex(sha512(toBytes(s))) },
  adler32sum: { params: ['string'], fn: (s: string) => String(adler32(toBytes(s))) },
  bcrypt: { params: ['string'], fn: bcrypt, ...nondet },
  htpasswd: { params: ['string', 'string'], fn: htpasswd, ...nondet },
  derivePassword: { params: ['uint32', 'string', 'string', 'string', 'string'], fn: derivePassword },
  genPrivateKey: { params: ['string'], fn: generatePrivateKey, ...nondet },
  buildCustomCert: { params: ['string', 'string'], fn: buildCustomCertificate },
  genCA: {
    params: ['string', 'int'],
    fn: (cn: string, days: bigint) => caWithKey(cn, days, () => keys.generateRSA(2048)),
    ...nondet,
  },
  genCAWithKey: {
    params: ['string', 'int', 'string'],
    fn: (cn: string, days: bigint, privPEM: string) => {
      const priv = parseKey(privPEM, 'parsing private key');
      return caWithKey(cn, days, () => priv);
    },
    ...nondet,
  },
  genSelfSignedCert: {
    params: ['string', 'list', 'list', 'int'],
    fn: (cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint) => selfSignedWithKey(cn, ips, dns, days, () => keys.generateRSA(2048)),
    ...nondet,
  },
  genSelfSignedCertWithKey: {
    params: ['string', 'list', 'list', 'int', 'string'],
    fn: (cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, privPEM: string) => {
      const priv = parseKey(privPEM, 'parsing private key');
      return selfSignedWithKey(cn, ips, dns, days, () => priv);
    },
    ...nondet,
  },
  genSignedCert: {
    params: ['string', 'list', 'list', 'int', 'any'],
    fn: (cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, ca: GoValue) => {
      return signedWithKey(cn, ips, dns, days, ca, () => keys.generateRSA(2048));
    },
    ...nondet,
  },
  genSignedCertWithKey: {
    params: ['string', 'list', 'list', 'int', 'any', 'string'],
    fn: (cn: string, ips: GoValue[] | null, dns: GoValue[] | null, days: bigint, ca: GoValue, privPEM: string) => {
      certificateArg(ca);
      const priv = parseKey(privPEM, 'parsing private key');
      return signedWithKey(cn, ips, dns, days, ca, () => priv);
    },
    ...nondet,
  },
  encryptAES: { params: ['string', 'string'], fn: encryptAES, ...nondet },
  decryptAES: { params: ['string', 'string'], fn: decryptAES },
  uuidv4: { params: [], fn: uuidv4, ...nondet },
};
