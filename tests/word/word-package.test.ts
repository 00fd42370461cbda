// What is refused before mammoth sees a byte: zip bombs by the sizes their central directory
// declares, parts that inflate past what they declared, too many parts, renamed files, damaged
// packages, old .doc files; each a failed outcome with words in both languages.
import { createDeflateRaw } from 'node:zlib'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Importer } from '../../src/main/import/importer'
import { importLimit, MAX_IMPORT_BUNDLE_BYTES } from '../../src/shared/exchange'
import { failureText, type FailureData } from '../../src/shared/result'
import { FIXTURE_TEXT, openExchangeStore, type ExchangeStore } from '../export/exchange-fixture'
import { kompasInWord, zipOf } from './word-documents'

/** Raw deflate of `megabytes` of zeros, made a megabyte at a time (never held whole). */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 })
  const chunks: Buffer[] = []
  deflate.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const zeros = Buffer.alloc(1024 * 1024)
  for (let i = 0; i < megabytes; i++) if (!deflate.write(zeros)) await new Promise((r) => deflate.once('drain', r))
  deflate.end()
  await done
  return Buffer.concat(chunks)
}

const WORD_PARTS = [{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }]

describe('the .docx package check', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(() => s.dispose())

  async function failure(name: string, bytes: Uint8Array): Promise<FailureData> {
    const path = join(s.dir, name)
    await writeFile(path, bytes)
    const [outcome] = await new Importer(s.store).importFiles([path], 'ask')
    if (outcome?.kind !== 'failed') throw new Error(`not refused: ${JSON.stringify(outcome)}`)
    expect((await s.store.list({})).items).toEqual([])
    return outcome.failure
  }

  it('refuses a zip bomb by the sizes its central directory declares, naming the limit', async () => {
    // 130 MB of zeros packed into a few hundred kilobytes: an honest bomb, its sizes declared.
    const bomb = await deflatedZeros(130)
    const bytes = zipOf([...WORD_PARTS, { name: 'word/document.xml', data: bomb, declared: 130 * 1024 * 1024, deflated: true }])
    const f = await failure('bom.docx', bytes)
    expect(f).toEqual({ reason: 'word.too-large-inside', params: { file: 'bom.docx', size: '130', limit: '128' } })
    expect(failureText(f, 'en')).toBe('bom.docx unpacks to 130 MB, over the 128 MB limit for a Word document; nothing in it was read.')
    expect(failureText(f, 'id')).toBe('bom.docx berisi 130 MB setelah dibuka, melebihi batas 128 MB untuk dokumen Word; tidak ada isinya yang dibaca.')
  })

  it('refuses a part that inflates past the size it declared', async () => {
    const liar = zipOf([...WORD_PARTS, { name: 'word/document.xml', data: Buffer.alloc(10 * 1024 * 1024), declared: 1024 }])
    expect(await failure('liar.docx', liar)).toEqual({ reason: 'word.part-damaged', params: { file: 'liar.docx', part: 'word/document.xml' } })
  })

  it('refuses more parts than a Word document has', async () => {
    const many = zipOf(Array.from({ length: 1001 }, (_, i) => ({ name: `word/media/image${i}.png`, data: Buffer.from('x') })))
    const f = await failure('banyak.docx', many)
    expect(f).toEqual({ reason: 'word.too-many-entries', params: { file: 'banyak.docx', entries: 1001, max: 1000 } })
    expect(failureText(f, 'id')).toBe('banyak.docx berisi 1001 bagian, melebihi batas 1000 untuk dokumen Word; tidak ada isinya yang dibaca.')
  })

  it('refuses a renamed text file, a zip that holds no Word document, a cut-off package and an old .doc', async () => {
    const text = await failure('naskah.docx', Buffer.from(FIXTURE_TEXT))
    expect(text).toEqual({ reason: 'word.not-zip', params: { file: 'naskah.docx' } })
    expect(failureText(text, 'en')).toBe('naskah.docx is not a Word document (.docx): it is not a zip package at all, perhaps another kind of file renamed.')
    expect(failureText(text, 'id')).toBe('naskah.docx bukan dokumen Word (.docx): berkasnya sama sekali bukan paket zip, mungkin berkas lain yang diganti namanya.')

    expect(await failure('foto.docx', zipOf([{ name: 'foto.jpg', data: Buffer.from('jpeg') }]))).toEqual({ reason: 'word.not-word', params: { file: 'foto.docx' } })

    const whole = await kompasInWord()
    const cut = await failure('terpotong.docx', whole.subarray(0, Math.floor(whole.length / 2)))
    expect(cut).toEqual({ reason: 'word.damaged', params: { file: 'terpotong.docx' } })
    expect(failureText(cut, 'en')).toBe('terpotong.docx is a damaged Word document (.docx): its zip package is cut short or broken.')

    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
    expect(await failure('lama.doc', ole)).toEqual({ reason: 'word.old-doc', params: { file: 'lama.doc' } })
  })

  it('reads a zip by its signature whatever its name, and holds .docx files to the bundle limit', async () => {
    const [outcome] = await new Importer(s.store).importFiles([await writeFile(join(s.dir, 'tanpa-nama'), await kompasInWord()).then(() => join(s.dir, 'tanpa-nama'))], 'ask')
    expect(outcome?.kind).toBe('imported')
    expect(importLimit('Naskah.DOCX')).toBe(MAX_IMPORT_BUNDLE_BYTES)
    const big = await new Importer(s.store).importText('besar.docx', new Uint8Array(MAX_IMPORT_BUNDLE_BYTES + 1), 'ask')
    expect(big).toEqual({ kind: 'failed', fileName: 'besar.docx', failure: { reason: 'import.file-too-large', params: { file: 'besar.docx', size: '36', limit: '36' } } })
  })
})
