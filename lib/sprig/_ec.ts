// The NIST curves Go's crypto/elliptic offers (P-224, P-256, P-384, P-521): key
// generation and ECDSA signing, in plain BigInt arithmetic. Not constant-time: these keys
// are generated for a preview and shown on screen.
import { bigIntToBytes, bitLength, bytesToBigInt, mod, modInv, randomBelow } from './_bignum';

export interface Curve {
  name: string;
  oid: string;
  p: bigint;
  n: bigint;
  b: bigint;
  gx: bigint;
  gy: bigint;
  /** bytes of a field element */
  size: number;
}

function curve(name: string, oid: string, p: string, n: string, b: string, gx: string, gy: string, size: number): Curve {
  return { name, oid, p: BigInt(p), n: BigInt(n), b: BigInt(b), gx: BigInt(gx), gy: BigInt(gy), size };
}

export const P224 = curve(
  'P-224',
  '1.3.132.0.33',
  '0xffffffffffffffffffffffffffffffff000000000000000000000001',
  '0xffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d',
  '0xb4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4',
  '0xb70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21',
  '0xbd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34',
  28,
);
export const P256 = curve(
  'P-256',
  '1.2.840.10045.3.1.7',
  '0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff',
  '0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551',
  '0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b',
  '0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296',
  '0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5',
  32,
);
export const P384 = curve(
  'P-384',
  '1.3.132.0.34',
  '0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff',
  '0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973',
  '0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef',
  '0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7',
  '0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f',
  48,
);
export const P521 = curve(
  'P-521',
  '1.3.132.0.35',
  '0x01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
  '0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409',
  '0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00',
  '0x00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66',
  '0x011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650',
  66,
);

export const CURVES = [P224, P256, P384, P521];

export function curveByOid(oid: string): Curve | undefined {
  return CURVES.find((c) => c.oid === oid);
}

// Jacobian coordinates (X, Y, Z) stand for the affine point (X/Z², Y/Z³); Z = 0 is infinity.
type Jac = [bigint, bigint, bigint];

function double(c: Curve, [x, y, z]: Jac): Jac {
  if (z === 0n || y === 0n) return [0n, 1n, 0n];
  const p = c.p;
  // a = -3: M = 3(X - Z²)(X + Z²)
  const zz = (z * z) % p;
  const m = mod(3n * (x - zz) * (x + zz), p);
  const yy = (y * y) % p;
  const s = (4n * x * yy) % p;
  const x3 = mod(m * m - 2n * s, p);
  const y3 = mod(m * (s - x3) - 8n * yy * yy, p);
  const z3 = (2n * y * z) % p;
  return [x3, y3, z3];
}

function add(c: Curve, a: Jac, b: Jac): Jac {
  if (a[2] === 0n) return b;
  if (b[2] === 0n) return a;
  const p = c.p;
  const z1z1 = (a[2] * a[2]) % p;
  const z2z2 = (b[2] * b[2]) % p;
  const u1 = (a[0] * z2z2) % p;
  const u2 = (b[0] * z1z1) % p;
  const s1 = (a[1] * b[2] * z2z2) % p;
  const s2 = (b[1] * a[2] * z1z1) % p;
  if (u1 === u2) return s1 === s2 ? double(c, a) : [0n, 1n, 0n];
  const h = mod(u2 - u1, p);
  const r = mod(s2 - s1, p);
  const hh = (h * h) % p;
  const hhh = (h * hh) % p;
  const v = (u1 * hh) % p;
  const x3 = mod(r * r - hhh - 2n * v, p);
  const y3 = mod(r * (v - x3) - s1 * hhh, p);
  const z3 = (a[2] * b[2] * h) % p;
  return [x3, y3, z3];
}

/** k·(x, y) in affine coordinates; undefined for the point at infinity. */
export function scalarMult(c: Curve, x: bigint, y: bigint, k: bigint): [bigint, bigint] | undefined {
  let r: Jac = [0n, 1n, 0n];
  const base: Jac = [x, y, 1n];
  for (let i = bitLength(k) - 1; i >= 0; i--) {
    r = double(c, r);
    if ((k >> BigInt(i)) & 1n) r = add(c, r, base);
  }
  if (r[2] === 0n) return undefined;
  const zinv = modInv(r[2], c.p)!;
  const zinv2 = (zinv * zinv) % c.p;
  return [(r[0] * zinv2) % c.p, (r[1] * zinv2 * zinv) % c.p];
}

export function onCurve(c: Curve, x: bigint, y: bigint): boolean {
  return mod(y * y - (x * x * x - 3n * x + c.b), c.p) === 0n;
}

export interface ECKey {
  curve: Curve;
  d: bigint;
  x: bigint;
  y: bigint;
}

/** ecdsa.GenerateKey: a uniform scalar in [1, n-1]. */
export function generateECKey(c: Curve): ECKey {
  const d = randomBelow(c.n - 1n) + 1n;
  const [x, y] = scalarMult(c, c.gx, c.gy, d)!;
  return { curve: c, d, x, y };
}

export function ecKeyFromD(c: Curve, d: bigint): ECKey | undefined {
  if (d <= 0n || d >= c.n) return undefined;
  const pt = scalarMult(c, c.gx, c.gy, d);
  return pt ? { curve: c, d, x: pt[0], y: pt[1] } : undefined;
}

/** The uncompressed point 04 || X || Y (elliptic.Marshal). */
export function marshalPoint(k: { curve: Curve; x: bigint; y: bigint }): Uint8Array {
  const out = new Uint8Array(1 + 2 * k.curve.size);
  out[0] = 4;
  out.set(bigIntToBytes(k.x, k.curve.size), 1);
  out.set(bigIntToBytes(k.y, k.curve.size), 1 + k.curve.size);
  return out;
}

// hashToInt: the leftmost bitlen(n) bits of the digest (SEC 1, 4.1.3).
function hashToInt(digest: Uint8Array, c: Curve): bigint {
  const orderBits = bitLength(c.n);
  const orderBytes = Math.ceil(orderBits / 8);
  const h = digest.length > orderBytes ? digest.subarray(0, orderBytes) : digest;
  let e = bytesToBigInt(h);
  const excess = h.length * 8 - orderBits;
  if (excess > 0) e >>= BigInt(excess);
  return e;
}

/** ECDSA signature (r, s) of a digest with a random nonce. */
export function ecdsaSign(k: ECKey, digest: Uint8Array): [bigint, bigint] {
  const c = k.curve;
  const e = hashToInt(digest, c);
  for (;;) {
    const nonce = randomBelow(c.n - 1n) + 1n;
    const pt = scalarMult(c, c.gx, c.gy, nonce)!;
    const r = mod(pt[0], c.n);
    if (r === 0n) continue;
    const s = mod(modInv(nonce, c.n)! * (e + r * k.d), c.n);
    if (s === 0n) continue;
    return [r, s];
  }
}
