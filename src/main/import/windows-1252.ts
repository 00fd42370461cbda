// Windows-1252 by hand: Node 20's TextDecoder accepts the label 'windows-1252' but decodes it as
// ISO-8859-1, so 0x80–0x9F (curly quotes, dashes, the euro sign: what old Windows editors write
// most) would come out as invisible C1 control characters.

/** 0x80–0x9F as the WHATWG Encoding Standard's windows-1252 index maps them; the rest is Latin-1. */
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
]

export function windows1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte)
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 8192) {
    const slice = bytes.subarray(i, i + 8192)
    parts.push(String.fromCharCode(...Array.from(slice, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b))))
  }
  return parts.join('')
}
