// Big-integer arithmetic for key generation and signing (what Go's math/big and
// crypto/rand give Sprig): modular powers and inverses, random numbers, probable primes.
import { randomBytes } from './random';

export function bytesToBigInt(b: Uint8Array): bigint {
  let x = 0n;
  for (const v of b) x = (x << 8n) | BigInt(v);
  return x;
}

/** Big-endian bytes of x, left-padded to len (or minimal when len is 0). */
export function bigIntToBytes(x: bigint, len = 0): Uint8Array {
  let hex = x.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  if (x === 0n) hex = '';
  const n = Math.max(len, hex.length / 2);
  const out = new Uint8Array(n);
  const off = n - hex.length / 2;
  for (let i = 0; i < hex.length / 2; i++) out[off + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

export function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

/** b^e mod m, with a 4-bit window (key generation spends its time here). */
export function modPow(b: bigint, e: bigint, m: bigint): bigint {
  b = mod(b, m);
  if (e < 16n) {
    let r = 1n;
    for (let i = 0n; i < e; i++) r = (r * b) % m;
    return r % m;
  }
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i++) table.push((table[i - 1] * b) % m);
  const hex = e.toString(16);
  let r = table[parseInt(hex[0], 16)];
  for (let i = 1; i < hex.length; i++) {
    r = (r * r) % m;
    r = (r * r) % m;
    r = (r * r) % m;
    r = (r * r) % m;
    const d = parseInt(hex[i], 16);
    if (d !== 0) r = (r * table[d]) % m;
  }
  return r;
}

/** a^-1 mod m (extended Euclid); undefined when gcd(a, m) != 1. */
export function modInv(a: bigint, m: bigint): bigint | undefined {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return r0 === 1n ? mod(s0, m) : undefined;
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** A uniform random integer in [0, max) (crypto/rand.Int). */
export function randomBelow(max: bigint): bigint {
  const bits = bitLength(max - 1n);
  const nbytes = Math.ceil(bits / 8);
  const topMask = bits % 8 === 0 ? 0xff : (1 << bits % 8) - 1;
  for (;;) {
    const b = randomBytes(nbytes);
    if (nbytes > 0) b[0] &= topMask;
    const x = bytesToBigInt(b);
    if (x < max) return x;
  }
}

// Odd primes below 2^16 for sieving candidates.
const SIEVE_PRIMES: number[] = (() => {
  const limit = 1 << 16;
  const composite = new Uint8Array(limit);
  const out: number[] = [];
  for (let i = 3; i < limit; i += 2) {
    if (composite[i]) continue;
    out.push(i);
    for (let j = i * i; j < limit; j += 2 * i) composite[j] = 1;
  }
  return out;
})();

// Miller-Rabin rounds: random candidates of this size pass a composite with probability
// far below 2^-80 after these many rounds (FIPS 186-4 C.3); small numbers get more.
function roundsFor(bits: number): number {
  return bits >= 1024 ? 5 : bits >= 512 ? 8 : 20;
}

function millerRabin(n: bigint, rounds: number): boolean {
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  witness: for (let i = 0; i < rounds; i++) {
    const a = i === 0 ? 2n : 2n + randomBelow(n - 3n);
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === n - 1n) continue witness;
    }
    return false;
  }
  return true;
}

/** Trial division, then Miller-Rabin (base 2 first, then random bases). */
export function probablyPrime(n: bigint, rounds = roundsFor(bitLength(n))): boolean {
  if (n < 2n) return false;
  if (n % 2n === 0n) return n === 2n;
  for (let i = 0; i < 300; i++) {
    const p = BigInt(SIEVE_PRIMES[i]);
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  return millerRabin(n, rounds);
}

/**
 * The first probable prime among start, start+step, start+2·step, … below 2^bits, found
 * with a sieve over small-prime residues (one BigInt division per small prime, then plain
 * numbers), so that only a tenth of the candidates reach Miller-Rabin. Undefined when
 * the run leaves the bit length or gives up after 2^16 steps.
 */
export function sievedPrimeSearch(start: bigint, step: bigint, bits: number): bigint | undefined {
  const res = SIEVE_PRIMES.map((p) => Number(start % BigInt(p)));
  const inc = SIEVE_PRIMES.map((p) => Number(step % BigInt(p)));
  const limit = 1n << BigInt(bits);
  const rounds = roundsFor(bits);
  for (let k = 0; k < 1 << 16; k++) {
    let composite = false;
    for (let i = 0; i < SIEVE_PRIMES.length; i++) {
      if (res[i] === 0) composite = true;
      res[i] += inc[i];
      if (res[i] >= SIEVE_PRIMES[i]) res[i] -= SIEVE_PRIMES[i];
    }
    if (composite) continue;
    const n = start + BigInt(k) * step;
    if (n >= limit) return undefined;
    if (millerRabin(n, rounds)) return n;
  }
  return undefined;
}

/** A random prime of exactly `bits` bits (>= 32) with its two top bits set, as crypto/rsa wants. */
export function randomPrime(bits: number): bigint {
  const nbytes = Math.ceil(bits / 8);
  const excess = nbytes * 8 - bits;
  for (;;) {
    const b = randomBytes(nbytes);
    b[0] &= 0xff >> excess;
    // The top two bits make p*q come out at exactly 2*bits bits.
    const top = 8 - excess;
    b[0] |= top >= 2 ? 3 << (top - 2) : 1;
    if (top < 2) b[1] |= 0x80;
    b[nbytes - 1] |= 1;
    const p = sievedPrimeSearch(bytesToBigInt(b), 2n, bits);
    if (p !== undefined) return p;
  }
}
