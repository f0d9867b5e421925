// Database passwords for generated charts: drawn once (when a preset is chosen or
// PostgreSQL is turned on) and stored in the state, so the same state keeps giving the
// same chart. Letters and digits only: apps splice DB_PASSWORD into connection URLs.

export type RandomBytes = (n: number) => Uint8Array;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const defaultRandom: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** 24 characters from 62: about 143 bits. Rejection sampling keeps every letter equally likely. */
export function randomPassword(random: RandomBytes = defaultRandom, length = 24): string {
  let out = '';
  // 248 = 4 × 62: bytes at or above it would favour the first letters.
  while (out.length < length) {
    for (const b of random(length * 2)) {
      if (b < 248 && out.length < length) out += ALPHABET[b % 62];
    }
  }
  return out;
}
