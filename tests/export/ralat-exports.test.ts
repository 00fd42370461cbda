// The Ralat line of a republished correction, derived from history (decision 0047), in every
// export that carries the text: the HTML page (and its JSON-LD), ninjs, Word and plain text; none while the
// correction is still under way.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article, Status } from '../../src/shared/article'
import { runExport } from '../../src/main/export/run-export'
import { openArticleStore, type ArticleStore } from '../../src/main/store'
import { makeTempDir } from '../helpers/temp-dir'
import { fixtureDraft } from './exchange-fixture'

const NOTE = 'Putin tiba Selasa malam, bukan Rabu pagi.'
// 1 Desember 2026, 08:19 WIB is 01:19 UTC.
const CORRECTED_AT = new Date('2026-12-01T01:19:00.000Z')
const LINE = `Ralat: ${NOTE} (1 Desember 2026, 08:19 WIB)`

describe('the Ralat line in the exports', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let store: ArticleStore
  let clock = new Date('2026-11-30T03:00:00.000Z')
  beforeEach(async () => {
    temp = await makeTempDir('redaksi-ralat-')
    store = await openArticleStore(join(temp.path, 'store'), { now: () => clock })
  })
  afterEach(async () => {
    await store.close()
    await temp.remove()
  })

  const move = (a: Article, to: Status, action: string, note?: string) => store.setStatus(a.id, a.rev, to, { actor: 'Deni Muliya', action, ...(note ? { note } : {}) })

  async function correctedPiece(republish: boolean): Promise<Article> {
    let a = await store.create(fixtureDraft(), 'Haryo Jati')
    a = await move(a, 'submitted', 'submit')
    a = await move(a, 'approved', 'approve')
    a = await move(a, 'published', 'publish')
    clock = CORRECTED_AT
    a = await move(a, 'returned', 'correct', NOTE)
    clock = new Date('2026-12-01T02:00:00.000Z')
    a = await move(a, 'submitted', 'resubmit')
    if (!republish) return a
    a = await move(a, 'approved', 'approve')
    return move(a, 'published', 'publish')
  }

  const exported = async (a: Article, format: 'html' | 'ninjs' | 'docx' | 'text'): Promise<string> => {
    const { files } = await runExport(store, { ids: [a.id], format, outDir: join(temp.path, format) })
    return format === 'docx' ? (await mammoth.extractRawText({ path: files[0]! })).value : readFile(files[0]!, 'utf8')
  }

  it('closes the body of the page, before the credits, and names the correction in the JSON-LD', async () => {
    const html = await exported(await correctedPiece(true), 'html')
    expect(html).toContain(`<p class="artikel__ralat">${LINE}</p>\n</div>\n<footer class="artikel__kaki">`)
    const ld = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)![1]!) as { correction: unknown }
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: LINE, datePublished: CORRECTED_AT.toISOString() }])
  })

  it('ends the ninjs text and rich text, and the Word body before the credit lines', async () => {
    const piece = await correctedPiece(true)
    const ninjs = JSON.parse(await exported(piece, 'ninjs')) as { bodies: { role: string; value: string }[] }
    expect(ninjs.bodies.map((b) => b.value.endsWith(b.role === 'main' ? `\n\n${LINE}` : `\n<p class="ralat">${LINE}</p>`))).toEqual([true, true])
    const word = (await exported(piece, 'docx')).split('\n').filter((l) => l.trim() !== '')
    const at = word.indexOf(LINE)
    expect(word[at + 1]).toMatch(/^Penulis/)
    expect(at).toBeGreaterThan(3)
  })

  it('closes the body of the plain text, a paragraph of its own before the credit lines', async () => {
    const text = await exported(await correctedPiece(true), 'text')
    expect(text).toContain(`\n\n${LINE}\n\nPenulis : `)
    expect(text.split(LINE)).toHaveLength(2)
    expect(await exported(await correctedPiece(false), 'text')).not.toContain('Ralat')
  })

  it('carries nothing while the correction is still on the desk, nor on a piece never corrected', async () => {
    expect(await exported(await correctedPiece(false), 'html')).not.toContain('Ralat')
    expect(await exported(await store.create(fixtureDraft()), 'html')).not.toContain('Ralat')
  })
})
