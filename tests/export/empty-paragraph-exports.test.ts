// An empty paragraph (Enter after a Baca Juga) stays in the store for the writer and reaches no
// export: HTML, Kompas text, ninjs and Word each written by the real export engine.
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export/run-export'
import { Importer } from '../../src/main/import/importer'
import { openWordPackage } from '../../src/main/import/word/word-package'
import type { BodyNode } from '../../src/shared/article'
import { fixtureDraft, openExchangeStore, storeArticle, type ExchangeStore } from './exchange-fixture'

const p = (text?: string): BodyNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })
const baca: BodyNode = { type: 'bacaJuga', attrs: { articleId: null, title: 'Artikel lain' } }
const withEmpty: BodyNode[] = [p('Pembuka.'), baca, p(), p('Tengah.'), { type: 'paragraph', content: [{ type: 'hardBreak' }] }, p('Penutup.'), p()]
const without: BodyNode[] = [p('Pembuka.'), baca, p('Tengah.'), p('Penutup.')]

describe('exports of a body with empty paragraphs', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(() => s.dispose())

  const exported = async (body: BodyNode[], format: 'html' | 'text' | 'ninjs' | 'docx'): Promise<{ files: string[]; id: string }> => {
    const article = await storeArticle(s.store, { ...fixtureDraft(), featuredImage: null, body: { type: 'doc', content: body } })
    const { files } = await runExport(s.store, { ids: [article.id], format, outDir: s.out })
    return { files, id: article.id }
  }
  // Two stored articles differ in their ids and the times they were stored, nothing else.
  const read = async ({ files, id }: { files: string[]; id: string }): Promise<string> =>
    (await readFile(files[0]!, 'utf8')).replaceAll(id, 'ID').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, 'TIME')

  it('HTML, Kompas text and ninjs are byte for byte those of the body without them', async () => {
    for (const format of ['html', 'text', 'ninjs'] as const) {
      const withText = await read(await exported(withEmpty, format))
      expect(withText).toBe(await read(await exported(without, format)))
      expect(withText).not.toMatch(/<p><\/p>|<p><br><\/p>|\n\n\n/)
    }
  })

  it('Word carries none of them: the same paragraphs as without them, and it reads back so', async () => {
    const paragraphs = async (body: BodyNode[]): Promise<string[]> => {
      const { files } = await exported(body, 'docx')
      const xml = new TextDecoder().decode(openWordPackage(await readFile(files[0]!), 'x.docx').get('word/document.xml'))
      return [...xml.matchAll(/<w:p>|<w:p [^>]*>/g)].map((m) => m[0])
    }
    expect(await paragraphs(withEmpty)).toEqual(await paragraphs(without))
    const { files } = await exported(withEmpty, 'docx')
    const [outcome] = await new Importer(s.store).importFiles(files, 'keep-both')
    if (outcome?.kind !== 'imported') throw new Error(JSON.stringify(outcome))
    expect((await s.store.get(outcome.id)).body.content).toEqual(without)
  })
})
