// The X.509 certificates Sprig's getBaseCertTemplate + x509.CreateCertificate produce
// (Go 1.25): v3, a random 128-bit serial, CN-only subject, key usage, server+client
// extended key usage, basic constraints, a truncated-SHA-256 subject key id for CAs, the
// issuer's key id when issuer and subject differ, and DNS/IP alternative names — in Go's
// extension order. Plus the part of x509.ParseCertificate that signing needs.
import { sha256 } from '@noble/hashes/sha2.js';
import * as der from './_der';
import { type PrivateKey, publicKeyInfo, publicKeyBits, signWithKey, algorithmIdentifier, isSigner } from './_keys';
import { type Time, civil } from './_gotime';

const OID = {
  commonName: '2.5.4.3',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

export const KeyUsage = { DigitalSignature: 1, KeyEncipherment: 4, CertSign: 32 } as const;

export interface CertTemplate {
  serial: bigint;
  commonName: string;
  /** net.IP values (16 bytes) */
  ips: Uint8Array[];
  dnsNames: string[];
  notBefore: Time;
  notAfter: Time;
  keyUsage: number;
  isCA: boolean;
}

/** What signing under a certificate needs from it. */
export interface ParsedCert {
  rawSubject: Uint8Array;
  spki: Uint8Array;
  subjectKeyId?: Uint8Array;
}

export class X509Error extends Error {}

// PrintableString's alphabet as encoding/asn1 marshals it ('*' and '&' allowed).
function isPrintable(s: string): boolean {
  return /^[A-Za-z0-9 '()+,\-./:=?*&]*$/.test(s);
}

/** pkix.Name{CommonName: cn} as an RDNSequence. */
function nameDer(cn: string): Uint8Array {
  if (cn === '') return der.seq();
  const value = der.tlv(isPrintable(cn) ? der.Tag.PrintableString : der.Tag.UTF8String, new TextEncoder().encode(cn));
  return der.seq(der.set(der.seq(der.oid(OID.commonName), value)));
}

// UTCTime for 1950..2049, GeneralizedTime otherwise (RFC 5280 4.1.2.5).
function timeDer(t: Time): Uint8Array {
  const c = civil({ sec: t.sec, nsec: 0, loc: { kind: 'utc' } });
  const two = (n: number) => String(n).padStart(2, '0');
  const rest = two(c.month) + two(c.day) + two(c.hour) + two(c.min) + two(c.sec) + 'Z';
  if (c.year >= 1950 && c.year < 2050) return der.tlv(der.Tag.UTCTime, new TextEncoder().encode(two(c.year % 100) + rest));
  return der.tlv(der.Tag.GeneralizedTime, new TextEncoder().encode(String(c.year).padStart(4, '0') + rest));
}

function reverseBits(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 1 << (7 - i);
  return r;
}

// The key usage BIT STRING: bit 0 is the first bit; trailing zero bits are not encoded.
function keyUsageDer(ku: number): Uint8Array {
  const a = [reverseBits(ku & 0xff), reverseBits((ku >> 8) & 0xff)];
  const bytes = Uint8Array.from(a[1] !== 0 ? a : [a[0]]);
  const last = bytes[bytes.length - 1];
  let unused = 0;
  while (unused < 8 && last !== 0 && !(last & (1 << unused))) unused++;
  return der.bits(bytes, last === 0 ? 0 : unused);
}

function extension(oid: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical ? der.seq(der.oid(oid), der.bool(true), der.octets(value)) : der.seq(der.oid(oid), der.octets(value));
}

// net.IP.To4: the 4-byte form of an IPv4 (or IPv4-mapped) address.
function ipBytes(ip: Uint8Array): Uint8Array {
  const mapped = ip.length === 16 && ip.slice(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff;
  return mapped ? ip.slice(12) : ip;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * x509.CreateCertificate(rand, template, parent, signee's public key, signing key), with
 * parent undefined for a self-signed certificate. Returns the DER certificate.
 */
export function createCertificate(t: CertTemplate, signee: PrivateKey, parent: ParsedCert | undefined, signer: PrivateKey): Uint8Array {
  if (!isSigner(signer)) throw new X509Error('x509: certificate private key does not implement crypto.Signer');
  const algId = algorithmIdentifier(signer);
  let spki: Uint8Array;
  try {
    spki = publicKeyInfo(signee);
  } catch (e) {
    throw new X509Error((e as Error).message);
  }
  const subject = nameDer(t.commonName);
  const issuer = parent ? parent.rawSubject : subject;
  if (parent) {
    // Go compares the signer's public key with the parent's; one that cannot even be
    // encoded (an EC key of scalar 0) is no match either
    let signerSpki: Uint8Array | null = null;
    try {
      signerSpki = publicKeyInfo(signer);
    } catch {
      // no match
    }
    if (signerSpki === null || !bytesEqual(signerSpki, parent.spki)) throw new X509Error("x509: provided PrivateKey doesn't match parent's PublicKey");
  }

  const exts: Uint8Array[] = [];
  if (t.keyUsage !== 0) exts.push(extension(OID.keyUsage, true, keyUsageDer(t.keyUsage)));
  exts.push(extension(OID.extKeyUsage, false, der.seq(der.oid(OID.serverAuth), der.oid(OID.clientAuth))));
  exts.push(extension(OID.basicConstraints, true, t.isCA ? der.seq(der.bool(true)) : der.seq()));
  if (t.isCA) {
    // Go 1.25 derives a missing CA key id from truncated SHA-256 of the public key bits.
    const skid = sha256(publicKeyBits(spki)).slice(0, 20);
    exts.push(extension(OID.subjectKeyId, false, der.octets(skid)));
  }
  if (parent?.subjectKeyId && parent.subjectKeyId.length > 0 && !bytesEqual(issuer, subject)) {
    exts.push(extension(OID.authorityKeyId, false, der.seq(der.tlv(0x80, parent.subjectKeyId))));
  }
  if (t.dnsNames.length > 0 || t.ips.length > 0) {
    const names: Uint8Array[] = [];
    for (const name of t.dnsNames) {
      if (/[^\x00-\x7f]/.test(name)) throw new X509Error(`x509: ${JSON.stringify(name)} cannot be encoded as an IA5String`);
      names.push(der.tlv(0x82, new TextEncoder().encode(name)));
    }
    for (const ip of t.ips) names.push(der.tlv(0x87, ipBytes(ip)));
    // An empty subject makes the alternative names critical (RFC 5280 4.2.1.6).
    exts.push(extension(OID.subjectAltName, t.commonName === '', der.seq(...names)));
  }

  const tbs = der.seq(
    der.explicit(0, der.int(2)),
    der.int(t.serial),
    algId,
    issuer,
    der.seq(timeDer(t.notBefore), timeDer(t.notAfter)),
    subject,
    spki,
    der.explicit(3, der.seq(...exts)),
  );
  const { sig } = signWithKey(signer, tbs);
  return der.seq(tbs, algId, der.bits(sig));
}

/**
 * The fields of a DER certificate that signing needs; throws X509Error when malformed.
 * The outer structure is read as Go's x509.ParseCertificate reads it (cryptobyte, in
 * order): the certificate element, its tbs, the outer algorithm identifier, which must
 * equal the inner one, and the signature; elements after that are ignored, bytes after
 * the certificate are "trailing data".
 */
export function parseCertificate(b: Uint8Array): ParsedCert {
  // reads the element at off when it has the tag, or fails with msg
  const element = (buf: Uint8Array, off: number, tag: number, msg: string): [der.Node, number] => {
    try {
      const [n, next] = der.read(buf, off);
      if (n.tag === tag) return [n, next];
    } catch {
      // a truncated element is malformed too
    }
    throw new X509Error(msg);
  };
  const [cert, certEnd] = element(b, 0, der.Tag.SEQUENCE, 'x509: malformed certificate');
  const [tbsNode, afterTbs] = element(cert.value, 0, der.Tag.SEQUENCE, 'x509: malformed tbs certificate');
  let tbs: der.Node[];
  try {
    tbs = der.children(tbsNode);
  } catch {
    throw new X509Error('x509: malformed tbs certificate');
  }
  const outer = () => {
    const [alg, afterAlg] = element(cert.value, afterTbs, der.Tag.SEQUENCE, 'x509: malformed algorithm identifier');
    return { alg, afterAlg };
  };
  let i = 0;
  if (tbs[i]?.tag === 0xa0) i++;
  const need = (tag: number, what: string) => {
    const n = tbs[i++];
    if (!n || n.tag !== tag) throw new X509Error(`x509: malformed ${what}`);
    return n;
  };
  need(der.Tag.INTEGER, 'serial number');
  const innerAlg = need(der.Tag.SEQUENCE, 'signature algorithm identifier');
  const { alg: outerAlg, afterAlg } = outer();
  if (!bytesEqual(innerAlg.raw, outerAlg.raw)) throw new X509Error("x509: inner and outer signature algorithm identifiers don't match");
  need(der.Tag.SEQUENCE, 'issuer');
  need(der.Tag.SEQUENCE, 'validity');
  const subject = need(der.Tag.SEQUENCE, 'subject');
  const spki = need(der.Tag.SEQUENCE, 'spki');
  let subjectKeyId: Uint8Array | undefined;
  for (; i < tbs.length; i++) {
    if (tbs[i].tag !== 0xa3) continue;
    try {
      for (const ext of der.children(der.children(tbs[i])[0])) {
        const f = der.children(ext);
        if (der.readOid(f[0]) !== OID.subjectKeyId) continue;
        const value = der.expect(f[f.length - 1], der.Tag.OCTET_STRING).value;
        subjectKeyId = der.expect(der.parseAll(value), der.Tag.OCTET_STRING).value;
      }
    } catch {
      throw new X509Error('x509: malformed extensions');
    }
  }
  element(cert.value, afterAlg, der.Tag.BIT_STRING, 'x509: malformed signature');
  if (certEnd < b.length) throw new X509Error('x509: trailing data');
  return { rawSubject: subject.raw, spki: spki.raw, subjectKeyId };
}
