/**
 * The text of a spreadsheet export, whatever the program that wrote it:
 * UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text"),
 * or Windows-1252 (Excel's plain "CSV" on a Western Windows). Which one it
 * was is returned too, so the import can say how the file was read.
 */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Characters of a UTF-8 file that could not be read, each shown as U+FFFD; 0 when none. */
  replaced: number;
}

/**
 * @example decodeSpreadsheetText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'UTF-8' }
 */
export function decodeSpreadsheetText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return utf8WithReplacements(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE', replaced: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE', replaced: 0 };
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked)
    return { text: decode(unmarked.label, bytes), encoding: unmarked.name, replaced: 0 };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
      replaced: 0,
    };
  } catch {
    // A UTF-8 file with a few broken bytes (a bad paste, a cut line) is still
    // UTF-8: read as Windows-1252 its every accented letter would be mangled.
    // A Windows-1252 file has lone high bytes and only now and then a pair
    // that happens to be valid UTF-8 ("É’" is C9 92): hence the margin.
    const { valid, invalid } = utf8Sequences(bytes);
    if (valid >= UTF8_MARGIN * invalid) return utf8WithReplacements(bytes);
    // Not UTF-8: every byte sequence is valid Windows-1252, the one other 8-bit encoding
    // spreadsheet programs write by default (as ISO-8859-1, which browsers decode the same way).
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252', replaced: 0 };
  }
}

/** How many well-formed multi-byte sequences per bad byte make a file UTF-8 with damage. */
const UTF8_MARGIN = 4;

function utf8WithReplacements(bytes: Uint8Array): DecodedText {
  const text = decode('utf-8', bytes);
  // What the decoder replaced, less the U+FFFD the file itself holds (EF BF BD).
  let marks = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) marks++;
  let own = 0;
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) own++;
  return { text, encoding: 'UTF-8', replaced: marks - own };
}

/**
 * Well-formed UTF-8 sequences of two to four bytes (no overlong form, no
 * surrogate, nothing past U+10FFFF), and the bytes that start or continue none.
 */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    // The second byte's range depends on the lead (RFC 3629's table); the rest are 80–BF.
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    let ok = length > 0 && i + length <= bytes.length;
    if (ok) ok = bytes[i + 1]! >= low && bytes[i + 1]! <= high;
    for (let k = 2; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Windows-1252's letters and signs at 0x80–0x9F (0 where it has none); elsewhere it is Latin-1. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * By table, not TextDecoder('windows-1252'): Node's (which the tests and the
 * command line use) drops the bytes 0x80–0x9F, where browsers map them as here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    codes[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192)
    text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/**
 * UTF-16 without a mark, told by its zero bytes: text in Latin script is every
 * other byte zero, on the odd bytes (little-endian) or the even ones. A CSV
 * file in an 8-bit encoding or UTF-8 has no zero bytes at all.
 */
function unmarkedUtf16(bytes: Uint8Array): { label: string; name: 'UTF-16LE' | 'UTF-16BE' } | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
    return { label: 'utf-16le', name: 'UTF-16LE' };
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
    return { label: 'utf-16be', name: 'UTF-16BE' };
  return null;
}
