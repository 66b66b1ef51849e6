// Stage 1: bytes → text. Archives arrive as UTF-8 (with or without BOM), GB18030/GBK, Big5 (Taiwan, Hong Kong and
// overseas papers), or UTF-16 with a BOM. We detect, never guess silently: the encoding chosen is returned so the
// report can name it.
import { analyse } from 'chardet';

export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedPage {
  text: string;
  encoding: PageEncoding;
}

/** Thrown when a file cannot be read as text; the message is a sentence a person can act on. */
export class UndecodablePageError extends Error {
  override name = 'UndecodablePageError';
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, newline, carriage return and form feed mark binary data. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const control = text.match(/[\x01-\x08\x0B\x0E-\x1F]/gu)?.length ?? 0;
  return control > Math.max(4, text.length / 200);
}

/** How much of a page chardet reads: a kilobyte tells Big5 from GB18030 with certainty, at ~0.7 ms a page. */
const SAMPLE_BYTES = 1024;
/** chardet's confidence (0–100) below which a page is not taken for Big5: a line or two gives ~10 for either. */
const SURE = 50;

/**
 * Whether a page that is not UTF-8 is Big5 rather than GB18030. Nearly any Big5 text is also valid GB18030, which
 * reads it as a jumble of other characters without an error, so validity cannot tell them apart: chardet compares
 * how the bytes fall on each encoding's common characters. Short pages, where it cannot be sure, stay GB18030, the
 * encoding of mainland archives.
 */
function looksBig5(bytes: Uint8Array): boolean {
  const confidence = (name: string) => found.find((match) => match.name === name)?.confidence ?? 0;
  const found = analyse(bytes.subarray(0, SAMPLE_BYTES));
  return confidence('Big5') >= SURE && confidence('Big5') > confidence('GB18030');
}

export function decodePage(bytes: Uint8Array): DecodedPage {
  let decoded: DecodedPage | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    if (text === null) throw new UndecodablePageError('it starts with a UTF-8 byte order mark but is not valid UTF-8');
    decoded = { text, encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16le');
    if (text === null) throw new UndecodablePageError('it starts with a UTF-16LE byte order mark but is not valid UTF-16');
    decoded = { text, encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16be');
    if (text === null) throw new UndecodablePageError('it starts with a UTF-16BE byte order mark but is not valid UTF-16');
    decoded = { text, encoding: 'utf-16be' };
  } else {
    const utf8 = decodeStrict(bytes, 'utf-8');
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      const big5 = looksBig5(bytes) ? decodeStrict(bytes, 'big5') : null;
      // GB18030 is a superset of GBK and GB2312, the encodings of most older Chinese archives.
      const gb = big5 === null ? decodeStrict(bytes, 'gb18030') : null;
      if (big5 !== null) decoded = { text: big5, encoding: 'big5' };
      else if (gb !== null) decoded = { text: gb, encoding: 'gb18030' };
      else throw new UndecodablePageError('it is neither UTF-8, GB18030 nor Big5 text, and has no byte order mark: save it as UTF-8 (UTF-16 needs its byte order mark) and run ingest again');
    }
  }
  if (looksBinary(decoded.text)) throw new UndecodablePageError('it looks like a binary file, not page text: give the text extracted from the page instead');
  return decoded;
}
