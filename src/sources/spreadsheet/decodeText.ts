/**
 * Bytes to text for the two encodings police and Home Office files arrive in: UTF-8 (with or without
 * a byte-order mark, which Excel writes) and Windows-1252 (what Excel's plain "CSV" writes on a
 * British Windows machine: £ is 0xA3, é is 0xE9, € is 0x80).
 *
 * Node 20's TextDecoder treats the 'windows-1252' label as ISO-8859-1, so bytes 0x80-0x9F (€, the
 * curly quotes, the dashes) would come out as invisible control characters. We decode as latin1 and
 * then map those 32 bytes ourselves, following the WHATWG encoding table.
 */

export type TextEncoding = 'utf-8' | 'windows-1252';

/** Windows-1252 bytes 0x80..0x9F; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
].map((code) => String.fromCharCode(code));

const C1_CONTROLS = /[\u0080-\u009f]/g;

/** A decoder that can be fed a stream's chunks in order; UTF-8 sequences split across chunks are kept. */
export interface ChunkDecoder {
  decode(chunk: Uint8Array): string;
  /** Whatever is left at the end of the stream (an incomplete UTF-8 sequence becomes U+FFFD). */
  end(): string;
}

export function chunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') {
    // A single-byte encoding: every chunk decodes on its own.
    const latin1 = new TextDecoder('latin1');
    return {
      decode: (chunk) => latin1.decode(chunk).replace(C1_CONTROLS, windows1252High),
      end: () => '',
    };
  }
  // ignoreBOM false (the default) drops a leading UTF-8 byte-order mark.
  const utf8 = new TextDecoder('utf-8');
  return {
    decode: (chunk) => utf8.decode(chunk, { stream: true }),
    end: () => utf8.decode(),
  };
}

/** Decode a whole buffer. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const decoder = chunkDecoder(encoding);
  return decoder.decode(bytes) + decoder.end();
}

function windows1252High(char: string): string {
  return WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char;
}
