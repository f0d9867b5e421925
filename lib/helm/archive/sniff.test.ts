// http.DetectContentType on the heads Helm sniffs (a zero-padded 512-byte buffer when
// the file is shorter); the wants were read off `helm template` (bin/cmd-template.test.ts).
import { describe, expect, it } from 'vitest';
import { detectContentType } from './sniff';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
// What EnsureArchive hands DetectContentType: the head in a zeroed 512-byte buffer.
const head = (s: string) => {
  const b = new Uint8Array(512);
  b.set(latin1(s).subarray(0, 512));
  return b;
};

const cases: { name: string; input: Uint8Array; want: string }[] = [
  { name: 'short text is padded with zeros', input: head('hello\n'), want: 'application/octet-stream' },
  { name: 'empty', input: head(''), want: 'application/octet-stream' },
  { name: 'unpadded text', input: latin1('hello\n'), want: 'text/plain; charset=utf-8' },
  { name: 'text filling the buffer', input: head('a'.repeat(600)), want: 'text/plain; charset=utf-8' },
  { name: 'only the first 512 bytes count', input: latin1('a'.repeat(512) + '\x00'), want: 'text/plain; charset=utf-8' },
  { name: 'gzip', input: head('\x1f\x8b\x08\x00'), want: 'application/x-gzip' },
  { name: 'gzip magic, method 7', input: head('\x1f\x8b\x07'), want: 'application/octet-stream' },
  { name: 'gzip that looks like a font', input: head('\x1f\x8b\x08' + '\x00'.repeat(31) + 'LP'), want: 'application/vnd.ms-fontobject' },
  { name: 'html after whitespace', input: head('  <html>hi</html>'), want: 'text/html; charset=utf-8' },
  { name: 'html tag, any case', input: head('<!doctype html>'), want: 'text/html; charset=utf-8' },
  { name: 'html tag needs a terminator', input: head('<htmlx>' + 'a'.repeat(600)), want: 'text/plain; charset=utf-8' },
  { name: 'html comment', input: head('\n<!-- x -->'), want: 'text/html; charset=utf-8' },
  { name: 'xml after whitespace', input: head('\n <?xml version="1.0"?>'), want: 'text/xml; charset=utf-8' },
  { name: 'pdf', input: head('%PDF-1.4'), want: 'application/pdf' },
  { name: 'postscript', input: head('%!PS-Adobe-3.0'), want: 'application/postscript' },
  { name: 'utf-16be bom', input: head('\xfe\xffAB'), want: 'text/plain; charset=utf-16be' },
  { name: 'utf-16le bom', input: head('\xff\xfeA\x00'), want: 'text/plain; charset=utf-16le' },
  { name: 'utf-8 bom', input: head('\xef\xbb\xbf' + 'x'.repeat(600)), want: 'text/plain; charset=utf-8' },
  { name: 'icon', input: head('\x00\x00\x01\x00'), want: 'image/x-icon' },
  { name: 'cursor', input: head('\x00\x00\x02\x00'), want: 'image/x-icon' },
  { name: 'bmp', input: head('BM'), want: 'image/bmp' },
  { name: 'gif', input: head('GIF89a'), want: 'image/gif' },
  { name: 'webp', input: head('RIFF\x10\x00\x00\x00WEBPVP8 '), want: 'image/webp' },
  { name: 'png', input: head('\x89PNG\r\n\x1a\n'), want: 'image/png' },
  { name: 'jpeg', input: head('\xff\xd8\xff\xe0'), want: 'image/jpeg' },
  { name: 'aiff', input: head('FORM\x00\x00\x00\x10AIFF'), want: 'audio/aiff' },
  { name: 'mp3', input: head('ID3'), want: 'audio/mpeg' },
  { name: 'ogg', input: head('OggS\x00'), want: 'application/ogg' },
  { name: 'midi', input: head('MThd\x00\x00\x00\x06'), want: 'audio/midi' },
  { name: 'avi', input: head('RIFF\x00\x00\x00\x00AVI '), want: 'video/avi' },
  { name: 'wave', input: head('RIFF\x00\x00\x00\x00WAVE'), want: 'audio/wave' },
  { name: 'mp4 brand', input: head('\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41'), want: 'video/mp4' },
  { name: 'mp4 brand only as minor version', input: head('\x00\x00\x00\x10ftypisommp42'), want: 'application/octet-stream' },
  { name: 'webm', input: head('\x1a\x45\xdf\xa3'), want: 'video/webm' },
  { name: 'eot', input: head('\x00'.repeat(34) + 'LP'), want: 'application/vnd.ms-fontobject' },
  { name: 'ttf', input: head('\x00\x01\x00\x00\x05'), want: 'font/ttf' },
  { name: 'otf', input: head('OTTO'), want: 'font/otf' },
  { name: 'ttc', input: head('ttcf'), want: 'font/collection' },
  { name: 'woff', input: head('wOFF'), want: 'font/woff' },
  { name: 'woff2', input: head('wOF2'), want: 'font/woff2' },
  { name: 'zip', input: head('PK\x03\x04\x14\x00'), want: 'application/zip' },
  { name: 'rar', input: head('Rar!\x1a\x07\x00'), want: 'application/x-rar-compressed' },
  { name: 'rar 5', input: head('Rar!\x1a\x07\x01\x00'), want: 'application/x-rar-compressed' },
  { name: 'wasm', input: head('\x00asm\x01'), want: 'application/wasm' },
];

describe('detectContentType', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(detectContentType(c.input)).toBe(c.want);
    });
  }
});
