import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFeed } from '../src/parse/decode.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url));
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeFeed: byte order marks', () => {
  it('reads a UTF-16LE feed with BOM and drops the BOM', () => {
    const { text, encoding } = decodeFeed(fixture('utf-16le-bom-atom.xml'));
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-16"?>')).toBe(true);
    expect(text).toContain('<title>Guru Bahasa Jawa: Aksara ꦗꦮ</title>');
    expect(text).toContain('kelas 5 — “gampang”.');
  });

  it('reads UTF-16BE and UTF-8 BOMs, ahead of a contradicting HTTP charset', () => {
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x61, 0x00, 0xe9, 0x00, 0x3e]);
    expect(decodeFeed(be, 'text/xml; charset=iso-8859-1')).toEqual({ text: '<aé>', encoding: 'utf-16be' });
    const bom8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<a>Café</a>')]);
    expect(decodeFeed(bom8, 'text/xml; charset=iso-8859-1')).toEqual({ text: '<a>Café</a>', encoding: 'utf-8' });
  });

  it('recognises UTF-16LE without a BOM by its first characters', () => {
    const bytes = new Uint8Array(Buffer.from('<?xml version="1.0"?><a>ꦗ</a>', 'utf16le'));
    expect(decodeFeed(bytes)).toEqual({ text: '<?xml version="1.0"?><a>ꦗ</a>', encoding: 'utf-16le' });
  });
});

describe('decodeFeed: declared encodings', () => {
  it('uses the HTTP charset, quoted or not, for any label TextDecoder knows', () => {
    expect(decodeFeed(latin1('<t>Café</t>'), 'application/rss+xml; charset=ISO-8859-1')).toEqual({ text: '<t>Café</t>', encoding: 'windows-1252' });
    const gbk = Uint8Array.from([0x3c, 0x74, 0x3e, 0xd6, 0xd0, 0xce, 0xc4, 0x3c, 0x2f, 0x74, 0x3e]);
    expect(decodeFeed(gbk, 'text/xml;charset="GBK"')).toEqual({ text: '<t>中文</t>', encoding: 'gbk' });
  });

  it('prefers the HTTP charset to the XML declaration', () => {
    const bytes = utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Café</t>');
    expect(decodeFeed(bytes, 'text/xml; charset=utf-8')).toEqual({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><t>Café</t>', encoding: 'utf-8' });
  });

  it('reads the XML declaration of an ISO-8859-1 feed', () => {
    const { text, encoding } = decodeFeed(fixture('iso-8859-1-rss.xml'), 'application/xml');
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('<title>Kafe Literasi « SMA Negeri 3 Malang »</title>');
    expect(text).toContain('Suhu ruangan 30°C, ½ gelas kopi, dan novel yang naïve.');
  });

  it('skips an unknown HTTP label and goes on to the XML declaration', () => {
    const { text, encoding } = decodeFeed(fixture('iso-8859-1-rss.xml'), 'text/xml; charset=x-no-such-charset');
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Resensi: Café di Ujung Jalan');
  });

  it('skips an unknown declared encoding and goes on to the UTF-8 check', () => {
    expect(decodeFeed(utf8('<?xml version="1.0" encoding="klingon"?><t>Café</t>'))).toEqual({
      text: '<?xml version="1.0" encoding="klingon"?><t>Café</t>',
      encoding: 'utf-8',
    });
  });

  it('ignores a UTF-16 claim in a declaration that is readable as ASCII', () => {
    expect(decodeFeed(utf8('<?xml version="1.0" encoding="UTF-16"?><t>é</t>')).encoding).toBe('utf-8');
  });
});

describe('decodeFeed: undeclared and wrongly declared bytes', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeFeed(utf8('<t>Sekolah “Hebat” – ꦗ</t>'))).toEqual({ text: '<t>Sekolah “Hebat” – ꦗ</t>', encoding: 'utf-8' });
  });

  it('falls back to windows-1252 for a feed without declaration that is not UTF-8', () => {
    const { text, encoding } = decodeFeed(fixture('windows-1252-rss.xml'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('<title>“Harga Buku €5” – Belajar Kurs</title>');
    expect(text).toContain('Siswa menghitung kurs rupiah… Café’s menu.');
  });

  it('still gives readable text when HTTP and the declaration say UTF-8 but the bytes are Latin-1', () => {
    const bytes = latin1('<?xml version="1.0" encoding="UTF-8"?><t>Café 30°C</t>');
    expect(decodeFeed(bytes, 'application/rss+xml; charset=UTF-8')).toEqual({
      text: '<?xml version="1.0" encoding="UTF-8"?><t>Café 30°C</t>',
      encoding: 'windows-1252',
    });
  });

  it('removes control characters XML forbids but keeps tab, newline and carriage return', () => {
    const bytes = utf8('<t>A\u0000B\u000BC\u001F\tD\nE\rF\uFFFF</t>');
    expect(decodeFeed(bytes).text).toBe('<t>ABC\tD\nE\rF</t>');
  });
});
