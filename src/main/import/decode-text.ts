import type { ImportNote } from '../../shared/exchange'
import { RedaksiFailure } from '../../shared/result'

/**
 * The text of an imported file. UTF-8 is expected; a file saved by an older Windows editor is read
 * as Windows-1252 rather than refused. Bytes that are no text at all (NUL bytes: a photo, a
 * Word file) are refused with a message saying so.
 */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; warnings: ImportNote[] } {
  if (bytes.includes(0)) {
    throw new RedaksiFailure('import.not-text', { file: fileName })
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warnings: [{ note: 'not-utf8' }] }
  }
}
