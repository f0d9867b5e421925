// Private keys as Sprig's crypto.go handles them: generation (RSA, DSA, ECDSA, Ed25519),
// PEM marshalling as pemBlockForKey does, parsePrivateKeyPEM with Go's error texts,
// public-key info for certificates, and signing. Malformed DER inside a well-formed PEM
// block fails with encoding/asn1's texts (der.unmarshal) and x509's fallback hints.
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
  /** a deprecated multi-prime key's third and later primes, with their CRT values */
  additionalPrimes?: { prime: bigint; exp: bigint; coeff: bigint }[];
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
    case 'rsa': {
      // MarshalPKCS1PrivateKey: version 1 and the extra primes only for a multi-prime key.
      const extra = k.additionalPrimes ?? [];
      const fields = [der.int(extra.length > 0 ? 1 : 0), der.int(k.n), der.int(k.e), der.int(k.d), der.int(k.p), der.int(k.q), der.int(k.dp), der.int(k.dq), der.int(k.qi)];
      if (extra.length > 0) fields.push(der.seq(...extra.map((a) => der.seq(der.int(a.prime), der.int(a.exp), der.int(a.coeff)))));
      return { type: 'RSA PRIVATE KEY', bytes: der.seq(...fields) };
    }
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
// The structures crypto/x509 (Go 1.25) and Sprig unmarshal, as asn1.Unmarshal sees them.

const bigIntField = (name: string, tag?: string): der.GoField => ({ name, type: der.GoBigInt, tag });

// pkcs1AdditionalRSAPrime, and pkcs1PrivateKey with its optional CRT values and primes.
const pkcs1AdditionalRSAPrimeType: der.GoType = {
  kind: 'struct',
  name: 'pkcs1AdditionalRSAPrime',
  fields: [bigIntField('Prime'), bigIntField('Exp'), bigIntField('Coeff')],
};

const pkcs1PrivateKeyType: der.GoType = {
  kind: 'struct',
  name: 'pkcs1PrivateKey',
  fields: [
    { name: 'Version', type: der.GoInt },
    bigIntField('N'),
    { name: 'E', type: der.GoInt },
    bigIntField('D'),
    bigIntField('P'),
    bigIntField('Q'),
    bigIntField('Dp', 'optional'),
    bigIntField('Dq', 'optional'),
    bigIntField('Qinv', 'optional'),
    { name: 'AdditionalPrimes', type: { kind: 'slice', name: '', elem: pkcs1AdditionalRSAPrimeType }, tag: 'optional,omitempty' },
  ],
};

interface PKCS1PrivateKey {
  Version: bigint;
  N: bigint;
  E: bigint;
  D: bigint;
  P: bigint;
  Q: bigint;
  Dp?: bigint;
  Dq?: bigint;
  Qinv?: bigint;
  AdditionalPrimes?: { Prime: bigint; Exp: bigint; Coeff: bigint }[];
}

// ecPrivateKey (RFC 5915): the curve and public key are optional explicit [0] and [1].
const ecPrivateKeyType: der.GoType = {
  kind: 'struct',
  name: 'ecPrivateKey',
  fields: [
    { name: 'Version', type: der.GoInt },
    { name: 'PrivateKey', type: der.GoBytes },
    { name: 'NamedCurveOID', type: der.GoObjectIdentifier, tag: 'optional,explicit,tag:0' },
    { name: 'PublicKey', type: der.GoBitString, tag: 'optional,explicit,tag:1' },
  ],
};

interface ECPrivateKeyStruct {
  Version: bigint;
  PrivateKey: Uint8Array;
  NamedCurveOID?: number[];
  PublicKey?: der.BitString;
}

// pkix.AlgorithmIdentifier and pkcs8 (RFC 5208; the optional attributes are not read).
const algorithmIdentifierType: der.GoType = {
  kind: 'struct',
  name: 'AlgorithmIdentifier',
  fields: [
    { name: 'Algorithm', type: der.GoObjectIdentifier },
    { name: 'Parameters', type: der.GoRawValue, tag: 'optional' },
  ],
};

const pkcs8Type: der.GoType = {
  kind: 'struct',
  name: 'pkcs8',
  fields: [
    { name: 'Version', type: der.GoInt },
    { name: 'Algo', type: algorithmIdentifierType },
    { name: 'PrivateKey', type: der.GoBytes },
  ],
};

interface PKCS8Struct {
  Version: bigint;
  Algo: { Algorithm: number[]; Parameters?: der.RawValue };
  PrivateKey: Uint8Array;
}

// Sprig's DSAKeyFormat.
const dsaKeyFormatType: der.GoType = {
  kind: 'struct',
  name: 'DSAKeyFormat',
  fields: [{ name: 'Version', type: der.GoInt }, bigIntField('P'), bigIntField('Q'), bigIntField('G'), bigIntField('Y'), bigIntField('X')],
};

// asn1.Unmarshal, with an asn1 error turned into a KeyError of the same text.
function unmarshal<T>(b: Uint8Array, t: der.GoType): [T, Uint8Array] {
  try {
    return der.unmarshal<T>(b, t);
  } catch (e) {
    if (e instanceof der.DerError) throw new KeyError(e.message);
    throw e;
  }
}

// The x509 parsers' fallback probes: does b unmarshal as t (trailing bytes allowed)?
function unmarshals(b: Uint8Array, t: der.GoType): boolean {
  try {
    der.unmarshal(b, t);
    return true;
  } catch (e) {
    if (e instanceof der.DerError) return false;
    throw e;
  }
}

/** x509.ParsePKCS1PrivateKey. */
function parsePKCS1PrivateKey(b: Uint8Array): RSAKey {
  let priv: PKCS1PrivateKey;
  let rest: Uint8Array;
  try {
    [priv, rest] = unmarshal<PKCS1PrivateKey>(b, pkcs1PrivateKeyType);
  } catch (e) {
    if (unmarshals(b, ecPrivateKeyType)) throw new KeyError('x509: failed to parse private key (use ParseECPrivateKey instead for this key format)');
    if (unmarshals(b, pkcs8Type)) throw new KeyError('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)');
    throw e;
  }
  if (rest.length > 0) throw new KeyError('asn1: syntax error: trailing data');
  if (priv.Version > 1n) throw new KeyError('x509: unsupported private key version');
  const nonPositive = (x: bigint | undefined) => x !== undefined && x <= 0n;
  if ([priv.N, priv.D, priv.P, priv.Q, priv.Dp, priv.Dq, priv.Qinv].some(nonPositive)) {
    throw new KeyError('x509: private key contains zero or negative value');
  }
  for (const a of priv.AdditionalPrimes ?? []) {
    if (a.Prime <= 0n) throw new KeyError('x509: private key contains zero or negative prime');
  }
  // key.Precompute() then key.Validate(): the error is precompute's.
  return (priv.AdditionalPrimes ?? []).length > 0 ? precomputeLegacy(priv) : precompute(priv);
}

// --- RSA key checks: crypto/rsa's precompute and crypto/internal/fips140/rsa (Go 1.25) ---
// A parsed key is checked as Go checks it; the CRT values Go keeps are the ones it marshals.

// bigmod works in 64-bit limbs: a value wider than the modulus's limbs overflows its size.
const limbBytes = (m: bigint) => Math.ceil(bitLength(m) / 64) * 8;
const byteLength = (x: bigint) => Math.ceil(bitLength(x) / 8);

// bigmod.NewModulus.
function newModulus(m: bigint): void {
  if (m <= 1n) throw new KeyError('modulus must be > 1');
}

// bigmod.Nat.SetBytes: x reduced modulo m, or an error.
function setBytes(x: bigint, m: bigint): bigint {
  if (byteLength(x) > limbBytes(m)) throw new KeyError('input overflows the modulus size');
  if (x >= m) throw new KeyError('input overflows the modulus');
  return x;
}

// checkPublicKey.
function checkPublicKey(n: bigint, e: bigint): void {
  if (n % 2n === 0n) throw new KeyError('crypto/rsa: public modulus is even');
  if (e < 2n) throw new KeyError('crypto/rsa: public exponent too small or negative');
  if (e % 2n === 0n) throw new KeyError('crypto/rsa: public exponent is even');
  if (e > 0x7fffffffn) throw new KeyError('crypto/rsa: public exponent too large');
}

interface FipsKey {
  n: bigint;
  e: bigint;
  d: bigint;
  /** absent for a multi-prime key, which is checked by its public half only */
  crt?: { p: bigint; q: bigint; dp: bigint; dq: bigint; qi: bigint };
}

// checkPrivateKey. The pairwise consistency test that follows in FIPS mode cannot fail for
// a key that passed these checks, so it is left out.
function checkPrivateKey(k: FipsKey): void {
  checkPublicKey(k.n, k.e);
  if (!k.crt) return;
  const { p, q, dp, dq, qi } = k.crt;
  // p < N and q < N, and pq ≡ 0 mod N.
  if (p >= k.n || q >= k.n) throw new KeyError('crypto/rsa: invalid prime');
  if ((p * q) % k.n !== 0n) throw new KeyError('crypto/rsa: p * q != n');
  // de ≡ 1 mod p-1 and mod q-1 (this checks dP, dQ and e, not d).
  for (const [prime, dPrime] of [
    [p, dp],
    [q, dq],
  ]) {
    const pMinus1 = prime - 1n;
    if (pMinus1 <= 1n) throw new KeyError('crypto/rsa: invalid prime');
    if (byteLength(dPrime) > limbBytes(pMinus1) || dPrime >= pMinus1) throw new KeyError('crypto/rsa: invalid CRT exponent');
    if ((k.e * dPrime) % pMinus1 !== 1n) throw new KeyError('crypto/rsa: invalid CRT exponent');
  }
  if (((q % p) * qi) % p !== 1n) throw new KeyError('crypto/rsa: invalid CRT coefficient');
  if (p === q) throw new KeyError('crypto/rsa: p == q');
  const half = Math.floor(bitLength(k.n) / 2);
  if (bitLength(p > q ? p - q : q - p) <= half - 100) throw new KeyError('crypto/rsa: |p - q| too small');
  if (bitLength(k.d) <= half) throw new KeyError('crypto/rsa: d too small');
}

// precompute for a two-prime key: the CRT values as given when all three are there
// (rsa.NewPrivateKeyWithPrecomputation), else derived (rsa.NewPrivateKey).
function precompute(priv: PKCS1PrivateKey): RSAKey {
  const { N: n, E: e, D: d, P: p, Q: q } = priv;
  newModulus(n);
  newModulus(p);
  newModulus(q);
  setBytes(d, n);
  let crt: { dp: bigint; dq: bigint; qi: bigint };
  if (priv.Dp !== undefined && priv.Dq !== undefined && priv.Qinv !== undefined) {
    crt = { dp: priv.Dp, dq: priv.Dq, qi: setBytes(priv.Qinv, p) };
  } else {
    newModulus(p - 1n);
    const dp = d % (p - 1n);
    newModulus(q - 1n);
    const dq = d % (q - 1n);
    // q⁻¹ mod p by Fermat's little theorem, which needs an odd p.
    if (p % 2n === 0n) throw new KeyError('crypto/rsa: p is even');
    crt = { dp, dq, qi: modPow(q % p, p - 2n, p) };
  }
  checkPrivateKey({ n, e, d, crt: { p, q, ...crt } });
  return { kind: 'rsa', n, e, d, p, q, ...crt };
}

// precomputeLegacy for a multi-prime key: checked by its public half and d < N only;
// the CRT values are derived with math/big.
function precomputeLegacy(priv: PKCS1PrivateKey): RSAKey {
  const { N: n, E: e, D: d, P: p, Q: q } = priv;
  newModulus(n);
  setBytes(d, n);
  checkPrivateKey({ n, e, d });
  const extra = (priv.AdditionalPrimes ?? []).map((a) => a.Prime);
  if ([p, q, ...extra].some((prime) => prime <= 1n)) throw new KeyError('crypto/rsa: prime factor is <= 1');
  const qi = modInv(q, p);
  if (qi === undefined) throw new KeyError('crypto/rsa: prime factors are not relatively prime');
  let r = p * q;
  const additionalPrimes = extra.map((prime) => {
    const coeff = modInv(r, prime);
    if (coeff === undefined) throw new KeyError('crypto/rsa: prime factors are not relatively prime');
    const values = { prime, exp: d % (prime - 1n), coeff };
    r *= prime;
    return values;
  });
  return { kind: 'rsa', n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi, additionalPrimes };
}

/** x509's parseECPrivateKey; namedCurveOID is the PKCS#8 wrapper's curve, if any. */
function parseECPrivateKey(namedCurveOID: number[] | undefined, b: Uint8Array): ECPrivateKey {
  let privKey: ECPrivateKeyStruct;
  try {
    [privKey] = unmarshal<ECPrivateKeyStruct>(b, ecPrivateKeyType);
  } catch (e) {
    if (unmarshals(b, pkcs8Type)) throw new KeyError('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)');
    if (unmarshals(b, pkcs1PrivateKeyType)) throw new KeyError('x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)');
    throw new KeyError('x509: failed to parse EC private key: ' + (e as Error).message);
  }
  if (privKey.Version !== 1n) throw new KeyError(`x509: unknown EC private key version ${privKey.Version}`);
  const curve: Curve | undefined = curveByOid(der.oidString(namedCurveOID ?? privKey.NamedCurveOID));
  if (!curve) throw new KeyError('x509: unknown elliptic curve');
  const d = bytesToBigInt(privKey.PrivateKey);
  if (d >= curve.n) throw new KeyError('x509: invalid elliptic curve private key value');
  // A zero scalar parses: its public point is the point at infinity, which Go holds as
  // (0, 0) and refuses only when the public key is marshalled.
  const key = ecKeyFromD(curve, d) ?? { curve, d, x: 0n, y: 0n };
  return { kind: 'ec', key };
}

/** x509.ParsePKCS8PrivateKey. */
function parsePKCS8PrivateKey(b: Uint8Array): PrivateKey {
  let privKey: PKCS8Struct;
  try {
    [privKey] = unmarshal<PKCS8Struct>(b, pkcs8Type);
  } catch (e) {
    if (unmarshals(b, ecPrivateKeyType)) throw new KeyError('x509: failed to parse private key (use ParseECPrivateKey instead for this key format)');
    if (unmarshals(b, pkcs1PrivateKeyType)) throw new KeyError('x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)');
    throw e;
  }
  const alg = der.oidString(privKey.Algo.Algorithm);
  const params = privKey.Algo.Parameters?.fullBytes ?? new Uint8Array(0);
  switch (alg) {
    case OID.rsa:
      try {
        return parsePKCS1PrivateKey(privKey.PrivateKey);
      } catch (e) {
        throw new KeyError('x509: failed to parse RSA private key embedded in PKCS#8: ' + (e as Error).message);
      }
    case OID.ec: {
      // Parameters that are not an OID (or absent) leave the curve to the inner key.
      let namedCurveOID: number[] | undefined;
      try {
        [namedCurveOID] = der.unmarshal<number[]>(params, der.GoObjectIdentifier);
      } catch (e) {
        if (!(e instanceof der.DerError)) throw e;
        namedCurveOID = undefined;
      }
      try {
        return parseECPrivateKey(namedCurveOID, privKey.PrivateKey);
      } catch (e) {
        throw new KeyError('x509: failed to parse EC private key embedded in PKCS#8: ' + (e as Error).message);
      }
    }
    case OID.ed25519:
    case OID.x25519: {
      const name = alg === OID.ed25519 ? 'Ed25519' : 'X25519';
      if (params.length !== 0) throw new KeyError(`x509: invalid ${name} private key parameters`);
      let curvePrivateKey: Uint8Array;
      try {
        [curvePrivateKey] = der.unmarshal<Uint8Array>(privKey.PrivateKey, der.GoBytes);
      } catch (e) {
        throw new KeyError(`x509: invalid ${name} private key: ${(e as Error).message}`);
      }
      if (curvePrivateKey.length !== 32) {
        throw new KeyError(alg === OID.ed25519 ? `x509: invalid Ed25519 private key length: ${curvePrivateKey.length}` : 'crypto/ecdh: invalid private key size');
      }
      return alg === OID.ed25519 ? ed25519FromSeed(new Uint8Array(curvePrivateKey)) : { kind: 'x25519', raw: new Uint8Array(curvePrivateKey) };
    }
    default:
      throw new KeyError(`x509: PKCS#8 wrapping contained private key with unknown algorithm: ${alg}`);
  }
}

interface DSAKeyFormat {
  Version: bigint;
  P: bigint;
  Q: bigint;
  G: bigint;
  Y: bigint;
  X: bigint;
}

// Sprig reads a DSA key with asn1.Unmarshal alone: trailing data is ignored.
function parseDSA(b: Uint8Array): DSAKey {
  const [k] = unmarshal<DSAKeyFormat>(b, dsaKeyFormatType);
  return { kind: 'dsa', p: k.P, q: k.Q, g: k.G, y: k.Y, x: k.X };
}

/** Sprig's parsePrivateKeyPEM. Throws KeyError with its messages. */
export function parsePrivateKeyPEM(pemBlock: string): PrivateKey {
  const block = pemDecode(pemBlock);
  if (!block) throw new KeyError('no PEM data in input');
  if (block.type === 'PRIVATE KEY') {
    try {
      return parsePKCS8PrivateKey(block.bytes);
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
      return wrap('RSA', () => parsePKCS1PrivateKey(block.bytes));
    case 'EC':
      return wrap('EC', () => parseECPrivateKey(undefined, block.bytes));
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
      if (!onCurve(k.key.curve, k.key.x, k.key.y)) throw new KeyError('x509: invalid elliptic curve public key');
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
  // rsa1024min: Go refuses to sign with keys below 1024 bits.
  const bits = bitLength(k.n);
  if (bits < 1024) throw new KeyError(`crypto/rsa: ${bits}-bit keys are insecure (see https://go.dev/pkg/crypto/rsa#hdr-Minimum_key_size)`);
  const size = Math.ceil(bits / 8);
  const t = der.concat([SHA256_DIGEST_INFO, sha256(msg)]);
  const em = new Uint8Array(size).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[size - t.length - 1] = 0;
  em.set(t, size - t.length);
  const c = bytesToBigInt(em);
  let m: bigint;
  if (k.additionalPrimes?.length) {
    // Multi-prime keys sign with d itself.
    m = modPow(c, k.d, k.n);
  } else {
    // CRT: c^d mod n from its residues mod p and mod q.
    const m1 = modPow(c, k.dp, k.p);
    const m2 = modPow(c, k.dq, k.q);
    let h = (k.qi * (m1 - m2)) % k.p;
    if (h < 0n) h += k.p;
    m = m2 + h * k.q;
  }
  // Go checks m^e = c, which a multi-prime key with a wrong d fails.
  if (modPow(m, k.e, k.n) !== c) throw new KeyError('crypto/rsa: decryption error');
  return bigIntToBytes(m, size);
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
