import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeText } from '../../src/main/import/decode-text'
import { Importer } from '../../src/main/import/importer'
import { importNoteText } from '../../src/shared/i18n/import-notes'
import { failedWith } from '../../src/shared/result'
import { FIXTURE_TEXT, openExchangeStore, type ExchangeStore } from '../export/exchange-fixture'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]))

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]))
  }
  return Uint8Array.from(out)
}

describe('reading the bytes of an imported text file', () => {
  const text = 'PYONGYANG, KOMPAS.TV - Kim Jong Un menyambut Putin — “sahabat” lama.\nBaris dua: café, ½, 𝄞.'

  it('reads UTF-8 with and without a byte-order mark to the same text, with no note', () => {
    expect(decodeText(utf8(text), 'a.txt')).toEqual({ text, warnings: [] })
    expect(decodeText(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)), 'a.txt')).toEqual({ text, warnings: [] })
  })

  it('reads UTF-16 little- and big-endian by their byte-order marks, astral characters included', () => {
    expect(decodeText(utf16(text, 'le'), 'a.txt')).toEqual({ text, warnings: [] })
    expect(decodeText(utf16(text, 'be'), 'a.txt')).toEqual({ text, warnings: [] })
  })

  it('keeps a UTF-8 file whole around a stray byte, reads the byte as Windows-1252 and names its line', () => {
    // Line 3 holds a Windows-1252 closing quote (0x94) pasted into an otherwise UTF-8 file.
    const bytes = concat(utf8('Judul — satu\nBaris dua café\nKata '), Uint8Array.of(0x94), utf8(' tiga\nEmpat ½'))
    expect(decodeText(bytes, 'a.txt')).toEqual({
      text: 'Judul — satu\nBaris dua café\nKata ” tiga\nEmpat ½',
      warnings: [{ note: 'invalid-bytes', params: { lines: '3' } }]
    })
  })

  it('treats a truncated sequence, an overlong form and a surrogate as stray bytes, each on its line', () => {
    const bytes = concat(utf8('é\n'), Uint8Array.of(0xc3), utf8('\n'), Uint8Array.of(0xc0, 0xaf), utf8('\n'), Uint8Array.of(0xed, 0xa0, 0x80), utf8('\nok'))
    const { text: read, warnings } = decodeText(bytes, 'a.txt')
    expect(warnings).toEqual([{ note: 'invalid-bytes', params: { lines: '2, 3, 4' } }])
    expect(read).toBe('é\nÃ\nÀ¯\ní\u00a0€\nok')
  })

  it('reads an 8-bit file with no UTF-8 in it as Windows-1252, naming the lines with letters beyond ASCII', () => {
    const bytes = concat(utf8('Jakarta\n'), Uint8Array.of(0x93), utf8('Kafe'), Uint8Array.of(0x94), utf8(' di sini\nHarga '), Uint8Array.of(0xbd))
    expect(decodeText(bytes, 'lama.txt')).toEqual({ text: 'Jakarta\n“Kafe” di sini\nHarga ½', warnings: [{ note: 'not-utf8', params: { lines: '2, 3' } }] })
  })

  it('reads 0x80–0x9F as Windows-1252 does (euro, dashes, curly quotes), not as Latin-1 control characters', () => {
    const bytes = Uint8Array.of(0x80, 0x20, 0x91, 0x92, 0x20, 0x96, 0x97, 0x20, 0x85, 0x20, 0x99, 0x20, 0x9f)
    expect(decodeText(bytes, 'lama.txt').text).toBe('€ ‘’ –— … ™ Ÿ')
  })

  it('names at most ten lines and then the count', () => {
    const bytes = concat(...Array.from({ length: 12 }, (_, i) => concat(utf8(`baris ${i + 1} é `), Uint8Array.of(0x96), utf8('\n'))))
    expect(decodeText(bytes, 'a.txt').warnings).toEqual([{ note: 'invalid-bytes', params: { lines: '1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (12)' } }])
  })

  it('says where a UTF-16 file is broken instead of refusing it', () => {
    const broken = concat(utf16('satu\n', 'le'), Uint8Array.of(0x00, 0xd8), utf16('\ndua', 'le', false))
    expect(decodeText(broken, 'a.txt')).toEqual({ text: 'satu\n\uFFFD\ndua', warnings: [{ note: 'invalid-utf16', params: { lines: '2' } }] })
  })

  it('still refuses bytes that are no text, such as a photo', () => {
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00)
    let thrown: unknown
    try {
      decodeText(jpeg, 'foto.txt')
    } catch (error) {
      thrown = error
    }
    expect(failedWith(thrown, 'import.not-text')).toBe(true)
  })

  it('words the notes in each language around the line numbers', () => {
    const note = { note: 'invalid-bytes' as const, params: { lines: '3' } }
    expect(importNoteText('id', note)).toBe('ada bita yang bukan UTF-8 pada baris 3; masing-masing dibaca sebagai huruf Windows-1252, periksa baris itu')
    expect(importNoteText('en', note)).toBe('bytes that are not UTF-8 on lines 3; each was read as a Windows-1252 letter, check those lines')
  })
})

describe('importing the reference article saved in other encodings', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  it('stores the same article from UTF-16 LE and BE as from UTF-8', async () => {
    const importer = new Importer(s.store)
    const paths: string[] = []
    for (const [name, bytes] of [
      ['utf8.txt', utf8(FIXTURE_TEXT)],
      ['utf16le.txt', utf16(FIXTURE_TEXT, 'le')],
      ['utf16be.txt', utf16(FIXTURE_TEXT, 'be')]
    ] as const) {
      const path = join(s.dir, name)
      await writeFile(path, bytes)
      paths.push(path)
    }
    const outcomes = await importer.importFiles(paths, 'keep-both')
    const stored = await Promise.all(
      outcomes.map(async (o) => {
        if (o.kind !== 'imported') throw new Error(`${o.fileName} was not imported: ${o.kind}`)
        const { headline, dateline, body, penulis, published } = await s.store.get(o.id)
        return { warnings: o.warnings, article: { headline, dateline, body, penulis, published } }
      })
    )
    expect(stored[1]).toEqual(stored[0])
    expect(stored[2]).toEqual(stored[0])
    expect(stored[0]!.warnings).toEqual([])
  })
})
