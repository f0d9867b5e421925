// Private keys as Sprig's crypto.go handles them: generation (RSA, DSA, ECDSA, Ed25519),
// PEM marshalling as pemBlockForKey does, parsePrivateKeyPEM with Go's error texts,
// public-key info for certificates, and signing. Error texts of malformed DER inside an
// otherwise well-formed PEM block are approximations of encoding/asn1's.
import forge from 'node-forge';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import * as der from './_der';
import { bigIntToBytes, bitLength, bytesToBigInt, gcd, modInv, modPow, probablyPrime, randomBelow, randomPrime, sievedPrimeSearch } from './_bignum';
import { type Curve, type ECKey, P256, curveByOid, ecKeyFromD, ecdsaSign, generateECKey, marshalPoint, onCurve } from './_ec';
import { randomBytes } from './random';
import { base64Decode, base64Encode } from './encoding';

export interface RSAKey {
  kind: 'rsa';
  n: bigint;
  e: bigint;
  d: bigint;
  p: bigint;
  q: bigint;
  dp: bigint;
  dq: bigint;
  qi: bigint;
}
export interface DSAKey {
  kind: 'dsa';
  p: bigint;
  q: bigint;
  g: bigint;
  y: bigint;
  x: bigint;
}
export interface ECPrivateKey {
  kind: 'ec';
  key: ECKey;
}
export interface Ed25519Key {
  kind: 'ed25519';
  seed: Uint8Array;
  pub: Uint8Array;
}
/** An X25519 key from PKCS#8: parsable, but it can neither sign nor sit in a certificate. */
export interface X25519Key {
  kind: 'x25519';
  raw: Uint8Array;
}
export type PrivateKey = RSAKey | DSAKey | ECPrivateKey | Ed25519Key | X25519Key;

/** An error with Go's text; the caller adds Sprig's prefix. */
export class KeyError extends Error {}

const OID = {
  rsa: '1.2.840.113549.1.1.1',
  ec: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  x25519: '1.3.101.110',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecdsaSHA256: '1.2.840.10045.4.3.2',
  ecdsaSHA384: '1.2.840.10045.4.3.3',
  ecdsaSHA512: '1.2.840.10045.4.3.4',
};

// --- Generation -------------------------------------------------------------------------

/** rsa.GenerateKey(rand, bits) with e = 65537. */
export function generateRSA(bits: number): RSAKey {
  const e = 65537n;
  for (;;) {
    const p = randomPrime(bits - (bits >> 1));
    const q = randomPrime(bits >> 1);
    if (p === q) continue;
    const n = p * q;
    if (bitLength(n) !== bits) continue;
    const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
    const d = modInv(e, lambda);
    if (d === undefined) continue;
    return rsaKey(n, e, d, p, q);
  }
}

function rsaKey(n: bigint, e: bigint, d: bigint, p: bigint, q: bigint): RSAKey {
  return { kind: 'rsa', n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi: modInv(q, p) ?? 0n };
}

/** dsa.GenerateParameters(L2048N256) then dsa.GenerateKey, as Go does them. */
export function generateDSA(): DSAKey {
  const L = 2048;
  const N = 256;
  let p = 0n;
  let q = 0n;
  for (;;) {
    const qBytes = randomBytes(N / 8);
    qBytes[qBytes.length - 1] |= 1;
    qBytes[0] |= 0x80;
    q = bytesToBigInt(qBytes);
    if (!probablyPrime(q, 20)) continue;
    // Go draws p at random and moves it to p ≡ 1 (mod q); searching p = k·q + 1 from a
    // random even k (p odd) reaches the same kind of prime with a sieve.
    const pBytes = randomBytes(L / 8);
    pBytes[0] |= 0x80;
    let k = bytesToBigInt(pBytes) / q;
    if (k % 2n === 1n) k++;
    const found = sievedPrimeSearch(k * q + 1n, 2n * q, L);
    if (found === undefined || bitLength(found) < L) continue;
    p = found;
    break;
  }
  const e = (p - 1n) / q;
  let h = 2n;
  let g: bigint;
  for (;;) {
    g = modPow(h, e, p);
    if (g !== 1n) break;
    h++;
  }
  const x = randomBelow(q - 1n) + 1n;
  return { kind: 'dsa', p, q, g, y: modPow(g, x, p), x };
}

export function generateEC(): ECPrivateKey {
  return { kind: 'ec', key: generateECKey(P256) };
}

export function generateEd25519(): Ed25519Key {
  return ed25519FromSeed(randomBytes(32));
}

function ed25519FromSeed(seed: Uint8Array): Ed25519Key {
  const kp = forge.pki.ed25519.generateKeyPair({ seed });
  return { kind: 'ed25519', seed, pub: new Uint8Array(kp.publicKey) };
}

// --- PEM --------------------------------------------------------------------------------

export interface PemBlock {
  type: string;
  bytes: Uint8Array;
}

/** pem.EncodeToMemory without headers: base64 in 64-character lines. */
export function pemEncode(b: PemBlock): string {
  const body = base64Encode(b.bytes);
  let out = `-----BEGIN ${b.type}-----\n`;
  for (let i = 0; i < body.length; i += 64) out += body.slice(i, i + 64) + '\n';
  return out + `-----END ${b.type}-----\n`;
}

// getLine: the first line without its trailing spaces, tabs and \r, and the rest.
function getLine(data: string): [string, string] {
  const i = data.indexOf('\n');
  const [line, rest] = i < 0 ? [data, ''] : [data.slice(0, i), data.slice(i + 1)];
  return [line.replace(/[ \t\r]+$/, ''), rest];
}

/** pem.Decode: the first well-formed block (headers are read and dropped). */
export function pemDecode(data: string): PemBlock | undefined {
  let rest = data;
  for (;;) {
    if (rest.startsWith('-----BEGIN ')) rest = rest.slice('-----BEGIN '.length);
    else {
      const i = rest.indexOf('\n-----BEGIN ');
      if (i < 0) return undefined;
      rest = rest.slice(i + '\n-----BEGIN '.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith('-----')) continue;
    typeLine = typeLine.slice(0, -5);
    let headers = 0;
    let incomplete = false;
    for (;;) {
      if (rest.length === 0) {
        incomplete = true;
        break;
      }
      const [line, next] = getLine(rest);
      if (!line.includes(':')) break;
      headers++;
      rest = next;
    }
    if (incomplete) return undefined;
    let endIndex: number;
    let endTrailerIndex: number;
    if (headers === 0 && rest.startsWith('-----END ')) {
      endIndex = 0;
      endTrailerIndex = '-----END '.length;
    } else {
      endIndex = rest.indexOf('\n-----END ');
      endTrailerIndex = endIndex + '\n-----END '.length;
    }
    if (endIndex < 0) continue;
    const endTrailerAll = rest.slice(endTrailerIndex);
    const endTrailerLen = typeLine.length + 5;
    if (endTrailerAll.length < endTrailerLen) continue;
    const endTrailer = endTrailerAll.slice(0, endTrailerLen);
    if (!endTrailer.startsWith(typeLine) || !endTrailer.endsWith('-----')) continue;
    if (getLine(endTrailerAll.slice(endTrailerLen))[0].length !== 0) continue;
    const base64Data = rest.slice(0, endIndex).replace(/[ \t]/g, '');
    try {
      return { type: typeLine, bytes: base64Decode(base64Data) };
    } catch {
      continue;
    }
  }
}

// --- Marshalling ------------------------------------------------------------------------

function ecPrivateKeyDer(k: ECKey): Uint8Array {
  return der.seq(
    der.int(1),
    der.octets(bigIntToBytes(k.d, Math.ceil(bitLength(k.curve.n) / 8))),
    der.explicit(0, der.oid(k.curve.oid)),
    der.explicit(1, der.bits(marshalPoint(k))),
  );
}

/** pemBlockForKey: PKCS#1 for RSA, the DSA sequence, SEC 1 for ECDSA, PKCS#8 otherwise. */
export function pemBlockForKey(k: PrivateKey): PemBlock {
  switch (k.kind) {
    case 'rsa':
      return { type: 'RSA PRIVATE KEY', bytes: der.seq(der.int(0), der.int(k.n), der.int(k.e), der.int(k.d), der.int(k.p), der.int(k.q), der.int(k.dp), der.int(k.dq), der.int(k.qi)) };
    case 'dsa':
      return { type: 'DSA PRIVATE KEY', bytes: der.seq(der.int(0), der.int(k.p), der.int(k.q), der.int(k.g), der.int(k.y), der.int(k.x)) };
    case 'ec':
      return { type: 'EC PRIVATE KEY', bytes: ecPrivateKeyDer(k.key) };
    case 'ed25519':
      return { type: 'PRIVATE KEY', bytes: der.seq(der.int(0), der.seq(der.oid(OID.ed25519)), der.octets(der.octets(k.seed))) };
    case 'x25519':
      return { type: 'PRIVATE KEY', bytes: der.seq(der.int(0), der.seq(der.oid(OID.x25519)), der.octets(der.octets(k.raw))) };
  }
}

// --- Parsing ----------------------------------------------------------------------------

function tryParse(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}

// The nine integers of an RSAPrivateKey (version, n, e, d, p, q, dp, dq, qinv).
function pkcs1Fields(b: Uint8Array): bigint[] {
  const s = der.expect(der.parseAll(b), der.Tag.SEQUENCE);
  const fields = der.children(s).slice(0, 9).map((c) => der.readInt(c));
  if (fields.length < 9) throw new der.DerError('asn1: syntax error: sequence truncated');
  return fields;
}

function parsePKCS1(b: Uint8Array): RSAKey {
  let fields: bigint[];
  try {
    fields = pkcs1Fields(b);
  } catch (e) {
    if (tryParse(() => parseECStruct(b))) throw new KeyError('x509: failed to parse private key (use ParseECPrivateKey instead for this key format)');
    if (tryParse(() => parsePKCS8Struct(b))) throw new KeyError('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)');
    throw new KeyError((e as Error).message);
  }
  const [version, n, e, d, p, q] = fields;
  if (version > 1n) throw new KeyError('x509: unsupported private key version');
  if (n <= 0n || d <= 0n || p <= 1n || q <= 1n) throw new KeyError('x509: private key contains zero or negative value');
  if (p * q !== n) throw new KeyError('crypto/rsa: invalid modulus');
  return rsaKey(n, e, d, p, q);
}

function parseECStruct(b: Uint8Array): { version: bigint; d: Uint8Array; curveOid?: string } {
  const s = der.expect(der.parseAll(b), der.Tag.SEQUENCE);
  const c = der.children(s);
  const version = der.readInt(c[0]);
  const d = der.expect(c[1], der.Tag.OCTET_STRING).value;
  let curveOid: string | undefined;
  for (const x of c.slice(2)) {
    if (x.tag === 0xa0) curveOid = der.readOid(der.children(x)[0]);
  }
  return { version, d, curveOid };
}

function parseEC(b: Uint8Array, namedCurveOid?: string): ECPrivateKey {
  let st: ReturnType<typeof parseECStruct>;
  try {
    st = parseECStruct(b);
  } catch (e) {
    if (tryParse(() => parsePKCS8Struct(b))) throw new KeyError('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)');
    if (tryParse(() => pkcs1Fields(b))) throw new KeyError('x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)');
    throw new KeyError('x509: failed to parse EC private key: ' + (e as Error).message);
  }
  if (st.version !== 1n) throw new KeyError(`x509: unknown EC private key version ${st.version}`);
  const curve: Curve | undefined = curveByOid(namedCurveOid ?? st.curveOid ?? '');
  if (!curve) throw new KeyError('x509: unknown elliptic curve');
  const d = bytesToBigInt(st.d);
  if (d >= curve.n) throw new KeyError('x509: invalid elliptic curve private key value');
  const key = ecKeyFromD(curve, d);
  if (!key) throw new KeyError('x509: invalid elliptic curve private key value');
  return { kind: 'ec', key };
}

function parsePKCS8Struct(b: Uint8Array): { alg: string; params?: der.Node; key: Uint8Array } {
  const s = der.expect(der.parseAll(b), der.Tag.SEQUENCE);
  const c = der.children(s);
  der.readInt(c[0]);
  const algSeq = der.children(der.expect(c[1], der.Tag.SEQUENCE));
  const alg = der.readOid(algSeq[0]);
  const key = der.expect(c[2], der.Tag.OCTET_STRING).value;
  return { alg, params: algSeq[1], key };
}

function parsePKCS8(b: Uint8Array): PrivateKey {
  let st: ReturnType<typeof parsePKCS8Struct>;
  try {
    st = parsePKCS8Struct(b);
  } catch (e) {
    if (tryParse(() => parseECStruct(b))) throw new KeyError('x509: failed to parse private key (use ParseECPrivateKey instead for this key format)');
    throw new KeyError((e as Error).message);
  }
  switch (st.alg) {
    case OID.rsa:
      try {
        return parsePKCS1(st.key);
      } catch (e) {
        throw new KeyError('x509: failed to parse RSA private key embedded in PKCS#8: ' + (e as Error).message);
      }
    case OID.ec: {
      let curveOid: string | undefined;
      try {
        curveOid = st.params ? der.readOid(st.params) : undefined;
      } catch {
        curveOid = undefined;
      }
      try {
        return parseEC(st.key, curveOid);
      } catch (e) {
        throw new KeyError('x509: failed to parse EC private key embedded in PKCS#8: ' + (e as Error).message);
      }
    }
    case OID.ed25519:
    case OID.x25519: {
      const name = st.alg === OID.ed25519 ? 'Ed25519' : 'X25519';
      if (st.params) throw new KeyError(`x509: invalid ${name} private key parameters`);
      let raw: Uint8Array;
      try {
        raw = der.expect(der.parseAll(st.key), der.Tag.OCTET_STRING).value;
      } catch (e) {
        throw new KeyError(`x509: invalid ${name} private key: ${(e as Error).message}`);
      }
      if (raw.length !== 32) throw new KeyError(`x509: invalid ${name} private key length: ${raw.length}`);
      return st.alg === OID.ed25519 ? ed25519FromSeed(new Uint8Array(raw)) : { kind: 'x25519', raw: new Uint8Array(raw) };
    }
    default:
      throw new KeyError(`x509: PKCS#8 wrapping contained private key with unknown algorithm: ${st.alg}`);
  }
}

function parseDSA(b: Uint8Array): DSAKey {
  try {
    const s = der.expect(der.parseAll(b), der.Tag.SEQUENCE);
    const [, p, q, g, y, x] = der.children(s).map((c) => der.readInt(c));
    if (x === undefined) throw new der.DerError('asn1: syntax error: sequence truncated');
    return { kind: 'dsa', p, q, g, y, x };
  } catch (e) {
    throw new KeyError((e as Error).message);
  }
}

/** Sprig's parsePrivateKeyPEM. Throws KeyError with its messages. */
export function parsePrivateKeyPEM(pemBlock: string): PrivateKey {
  const block = pemDecode(pemBlock);
  if (!block) throw new KeyError('no PEM data in input');
  if (block.type === 'PRIVATE KEY') {
    try {
      return parsePKCS8(block.bytes);
    } catch (e) {
      throw new KeyError(`decoding PEM as PKCS#8: ${(e as Error).message}`);
    }
  } else if (!block.type.endsWith(' PRIVATE KEY')) {
    throw new KeyError(`no private key data in PEM block of type ${block.type}`);
  }
  const wrap = (what: string, f: () => PrivateKey): PrivateKey => {
    try {
      return f();
    } catch (e) {
      throw new KeyError(`parsing ${what} private key from PEM: ${(e as Error).message}`);
    }
  };
  switch (block.type.slice(0, -12)) {
    case 'RSA':
      return wrap('RSA', () => parsePKCS1(block.bytes));
    case 'EC':
      return wrap('EC', () => parseEC(block.bytes));
    case 'DSA':
      return wrap('DSA', () => parseDSA(block.bytes));
    default:
      throw new KeyError(`invalid private key type ${block.type}`);
  }
}

// --- Public keys and signatures ----------------------------------------------------------

/** The SubjectPublicKeyInfo of the key's public half (x509.MarshalPKIXPublicKey). */
export function publicKeyInfo(k: PrivateKey): Uint8Array {
  switch (k.kind) {
    case 'rsa':
      return der.seq(der.seq(der.oid(OID.rsa), der.NULL), der.bits(der.seq(der.int(k.n), der.int(k.e))));
    case 'ec':
      return der.seq(der.seq(der.oid(OID.ec), der.oid(k.key.curve.oid)), der.bits(marshalPoint(k.key)));
    case 'ed25519':
      return der.seq(der.seq(der.oid(OID.ed25519)), der.bits(k.pub));
    case 'dsa':
      throw new KeyError('x509: unsupported public key type: *dsa.PublicKey');
    case 'x25519':
      throw new KeyError('x509: unsupported public key type: *ecdh.PublicKey');
  }
}

/** The public key bits inside a SubjectPublicKeyInfo (what the SubjectKeyId hashes). */
export function publicKeyBits(spki: Uint8Array): Uint8Array {
  const c = der.children(der.parseAll(spki));
  return der.expect(c[1], der.Tag.BIT_STRING).value.subarray(1);
}

const SHA256_DIGEST_INFO = Uint8Array.from([0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20]);

function rsaSignSHA256(k: RSAKey, msg: Uint8Array): Uint8Array {
  const size = Math.ceil(bitLength(k.n) / 8);
  const t = der.concat([SHA256_DIGEST_INFO, sha256(msg)]);
  const em = new Uint8Array(size).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[size - t.length - 1] = 0;
  em.set(t, size - t.length);
  const m = bytesToBigInt(em);
  // CRT: m^d mod n from its residues mod p and mod q.
  const m1 = modPow(m, k.dp, k.p);
  const m2 = modPow(m, k.dq, k.q);
  let h = (k.qi * (m1 - m2)) % k.p;
  if (h < 0n) h += k.p;
  return bigIntToBytes(m2 + h * k.q, size);
}

/** Whether a key can sign a certificate; Go's DSA and X25519 keys are no crypto.Signer. */
export function isSigner(k: PrivateKey): boolean {
  return k.kind === 'rsa' || k.kind === 'ec' || k.kind === 'ed25519';
}

/** The signature AlgorithmIdentifier Go picks for the key, and the signature of tbs. */
export function signWithKey(k: PrivateKey, tbs: Uint8Array): { algId: Uint8Array; sig: Uint8Array } {
  switch (k.kind) {
    case 'rsa':
      return { algId: algorithmIdentifier(k), sig: rsaSignSHA256(k, tbs) };
    case 'ec': {
      const c = k.key.curve;
      const digest = c.name === 'P-384' ? sha384(tbs) : c.name === 'P-521' ? sha512(tbs) : sha256(tbs);
      const [r, s] = ecdsaSign(k.key, digest);
      return { algId: algorithmIdentifier(k), sig: der.seq(der.int(r), der.int(s)) };
    }
    case 'ed25519': {
      const priv = der.concat([k.seed, k.pub]);
      const sig = forge.pki.ed25519.sign({ message: tbs, privateKey: priv });
      return { algId: algorithmIdentifier(k), sig: new Uint8Array(sig) };
    }
    default:
      throw new KeyError('x509: certificate private key does not implement crypto.Signer');
  }
}

export function algorithmIdentifier(k: PrivateKey): Uint8Array {
  switch (k.kind) {
    case 'rsa':
      return der.seq(der.oid(OID.sha256WithRSA), der.NULL);
    case 'ec': {
      const c = k.key.curve.name;
      return der.seq(der.oid(c === 'P-384' ? OID.ecdsaSHA384 : c === 'P-521' ? OID.ecdsaSHA512 : OID.ecdsaSHA256));
    }
    case 'ed25519':
      return der.seq(der.oid(OID.ed25519));
    default:
      throw new KeyError('x509: certificate private key does not implement crypto.Signer');
  }
}

export { onCurve };
