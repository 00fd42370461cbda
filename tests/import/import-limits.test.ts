// Limits at the import door, each refused with one message naming it, before the work it guards.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Importer } from '../../src/main/import/importer'
import { MAX_BACA_JUGA } from '../../src/shared/editor/schema'
import { parseBody } from '../../src/shared/editor/parse-body'
import { MAX_IMPORT_LINES } from '../../src/shared/exchange'
import { failureText } from '../../src/shared/result'
import { FIXTURE_TEXT, openExchangeStore, type ExchangeStore } from '../export/exchange-fixture'

const bacaJuga = (n: number) => ({ type: 'bacaJuga', attrs: { articleId: null, title: `Judul terkait ${n}` } })
const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Isi berita.' }] }

describe('how many Baca Juga blocks a body may hold', () => {
  it(`takes ${MAX_BACA_JUGA} and refuses one more, pointing at it`, () => {
    const fits = parseBody({ type: 'doc', content: [paragraph, ...Array.from({ length: MAX_BACA_JUGA }, (_, i) => bacaJuga(i))] })
    expect(fits.ok).toBe(true)
    const over = parseBody({ type: 'doc', content: [paragraph, ...Array.from({ length: MAX_BACA_JUGA + 1 }, (_, i) => bacaJuga(i))] })
    expect(over).toMatchObject({
      ok: false,
      error: { reason: 'body.too-many-baca-juga', params: { max: MAX_BACA_JUGA }, issues: [{ at: { field: 'body', block: MAX_BACA_JUGA + 1, node: 'bacaJuga', ordinal: MAX_BACA_JUGA + 1 }, kind: 'too-big' }] }
    })
  })
})

describe('the Kompas text door', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  async function importText(name: string, text: string) {
    const path = join(s.dir, name)
    await writeFile(path, text)
    const [outcome] = await new Importer(s.store).importFiles([path], 'ask')
    return outcome!
  }

  it('refuses a text of more lines than any article before parsing it, and stores nothing', async () => {
    const text = FIXTURE_TEXT + '\n'.repeat(MAX_IMPORT_LINES)
    const outcome = await importText('panjang.txt', text)
    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'import.too-many-lines', params: { file: 'panjang.txt', max: MAX_IMPORT_LINES } } })
    if (outcome.kind !== 'failed') return
    expect(failureText(outcome.failure, 'en')).toBe(`panjang.txt has ${text.split('\n').length} lines, over the 20000-line limit for one article; not imported.`)
    expect((await s.store.list()).total).toBe(0)
  })

  it('refuses a pasted list of 150 Baca Juga lines with the limit named, and stores nothing', async () => {
    const links = Array.from({ length: 150 }, (_, i) => `Baca Juga: Judul Terkait Nomor ${i + 1}\n`).join('')
    const text = FIXTURE_TEXT.replace('\nPenulis', `\n${links}\nPenulis`)
    const outcome = await importText('tautan.txt', text)
    expect(outcome).toMatchObject({ kind: 'failed', failure: { reason: 'body.too-many-baca-juga', params: { max: MAX_BACA_JUGA } } })
    if (outcome.kind !== 'failed') return
    // The 101st link is named by its block, so the writer sees where the list passed the limit.
    expect(failureText(outcome.failure, 'id')).toMatch(/^Isi artikel memuat lebih dari 100 blok Baca Juga; sisakan yang benar-benar terkait\. isi, blok \d+: terlalu besar \(maks\. 100\)$/)
    expect((await s.store.list()).total).toBe(0)
  })
})
