// A draft left empty is taken back (decision 0076): the real services over a real store in a temp
// folder, and the real outbox and sync state of the same data folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article, ArticleDraft } from '../../src/shared/article'
import { newArticleDraft } from '../../src/shared/new-article'
import { openTestRedaksi } from '../helpers/redaksi'
import { snapshotTree } from '../helpers/temp-dir'
import { actAs, call, cleanDraft, move, refusal } from '../workflow/harness'

type TestRedaksi = Awaited<ReturnType<typeof openTestRedaksi>>

const paragraph = (text: string) => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] })

describe('articles.discardEmpty', () => {
  let redaksi: TestRedaksi
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  /** Every file of the data folder that names the article. */
  const filesOf = async (id: string): Promise<string[]> => Object.keys(await snapshotTree(redaksi.dataDir)).filter((path) => path.includes(id))
  const save = (article: Article, change: Partial<ArticleDraft>): Promise<Article> => {
    const { id, rev, status: _s, createdAt: _c, updatedAt: _u, revId: _r, history: _h, ...draft } = article
    return call(redaksi, 'articles.save', { id, rev, draft: { ...draft, ...change } })
  }

  it('deletes a draft nothing was typed in, leaving no file, revision, trash entry or tombstone', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const draft = await call(redaksi, 'articles.create', {})
    // The byline the app filled in is not writing.
    expect(draft.penulis).toEqual(['Haryo Jati'])
    expect((await filesOf(draft.id)).length).toBe(2)

    expect(await call(redaksi, 'articles.discardEmpty', { id: draft.id, rev: draft.rev })).toBeNull()

    expect((await refusal(redaksi, 'articles.get', { id: draft.id })).reason).toBe('store.article-not-found')
    expect(await filesOf(draft.id)).toEqual([])
    expect(await call(redaksi, 'articles.list', {})).toEqual({ items: [], total: 0 })
    expect(await redaksi.store.listTrash()).toEqual([])
    expect(await redaksi.store.listTombstones()).toEqual([])
  })

  it('deletes one typed in and then erased, with its revisions', async () => {
    const created = await call(redaksi, 'articles.create', {})
    const typed = await save(created, { headline: 'Banjir', body: { type: 'doc', content: [paragraph('Air naik.')] } })
    const erased = await save(typed, { headline: '  ', body: { type: 'doc', content: [paragraph(''), paragraph(' ')] } })
    await call(redaksi, 'articles.discardEmpty', { id: erased.id, rev: erased.rev })
    expect(await filesOf(erased.id)).toEqual([])
  })

  it('deletes one whose photo caption, credit and alt were typed and erased with no photo picked', async () => {
    const created = await call(redaksi, 'articles.create', {})
    const typed = await save(created, { featuredImage: { asset: null, caption: 'Banjir di Kampung Melayu', credit: 'Antara', alt: 'Warga' } })
    const erased = await save(typed, { featuredImage: { asset: null, caption: '', credit: ' ', alt: '' } })
    await call(redaksi, 'articles.discardEmpty', { id: erased.id, rev: erased.rev })
    expect(await filesOf(erased.id)).toEqual([])
  })

  it('refuses a draft with anything typed in any field, and keeps it as it was', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const blank = newArticleDraft()
    const typedIn: [string, Partial<ArticleDraft>][] = [
      ['headline', { headline: 'Banjir' }],
      ['dateline', { dateline: { ...blank.dateline, city: 'JAKARTA' } }],
      ['body text', { body: { type: 'doc', content: [paragraph(''), paragraph('Air naik.')] } }],
      ['a Baca Juga block', { body: { type: 'doc', content: [{ type: 'bacaJuga', attrs: { articleId: null, title: 'Banjir Kemarin' } }] } }],
      ['another penulis', { penulis: ['Haryo Jati', 'Deni Muliya'] }],
      ['editor', { editor: ['Deni Muliya'] }],
      ['sumber', { sumber: ['Antara'] }],
      ['tags', { tags: ['banjir'] }],
      ['a caption with no photo', { featuredImage: { asset: null, caption: 'Banjir', credit: '' } }]
    ]
    for (const [field, change] of typedIn) {
      const article = await call(redaksi, 'articles.create', { draft: change })
      const before = await snapshotTree(redaksi.dataDir)
      const error = await refusal(redaksi, 'articles.discardEmpty', { id: article.id, rev: article.rev })
      expect({ field, reason: error.reason, message: error.message }).toEqual({
        field,
        reason: 'draft.not-empty',
        message: 'Draf ini sudah berisi tulisan, jadi tidak dihapus; buang lewat tombol Buang bila tidak diperlukan.'
      })
      expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
      expect((await call(redaksi, 'articles.get', { id: article.id })).rev).toBe(article.rev)
    }
  })

  it('refuses a draft that went to the desk once, even when it is empty again', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const submitted = await move(redaksi, await call(redaksi, 'articles.create', { draft: cleanDraft() }), 'submit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    const returned = await move(redaksi, submitted, 'return', { note: 'Kosongkan saja.' })
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const emptied = await save(returned, { ...newArticleDraft(), penulis: ['Haryo Jati'] })
    expect(emptied.status).toBe('returned')
    const error = await refusal(redaksi, 'articles.discardEmpty', { id: emptied.id, rev: emptied.rev })
    expect([error.code, error.reason]).toEqual(['conflict', 'draft.submitted'])
    expect((await call(redaksi, 'articles.get', { id: emptied.id })).rev).toBe(emptied.rev)
  })

  it('lets a save made in another window win: a stale rev is a conflict and nothing is deleted', async () => {
    const created = await call(redaksi, 'articles.create', {})
    const other = await save(created, { headline: '' })
    const error = await refusal(redaksi, 'articles.discardEmpty', { id: created.id, rev: created.rev })
    expect(error.reason).toBe('store.conflict')
    expect((await call(redaksi, 'articles.get', { id: created.id })).rev).toBe(other.rev)
  })

  it('takes the create of a draft the server never received out of the outbox with it', async () => {
    const created = await call(redaksi, 'articles.create', {})
    const other = await call(redaksi, 'articles.create', { draft: cleanDraft() })
    const { outbox } = redaksi.sync
    const payload = (a: Article) => ({ draft: { ...newArticleDraft(), headline: a.headline } })
    await outbox.enqueue({ kind: 'article.create', articleId: created.id, baseRev: null, payload: payload(created) }, { localRev: 1 })
    await outbox.enqueue({ kind: 'article.create', articleId: other.id, baseRev: null, payload: payload(other) }, { localRev: 1 })

    await call(redaksi, 'articles.discardEmpty', { id: created.id, rev: created.rev })
    expect(outbox.list().map((e) => e.change.kind === 'asset.put' ? null : e.change.articleId)).toEqual([other.id])
  })

  it('refuses a draft the server may have (sent once, or known), keeping the draft and the outbox', async () => {
    const sent = await call(redaksi, 'articles.create', {})
    const known = await call(redaksi, 'articles.create', {})
    const { outbox, state } = redaksi.sync
    const entry = await outbox.enqueue({ kind: 'article.create', articleId: sent.id, baseRev: null, payload: { draft: newArticleDraft() } }, { localRev: 1 })
    await outbox.markSent([entry.change.id])
    await state.update((s) => void (s.replicas[known.id] = { serverRev: 1, localRev: 1 }))
    const queued = outbox.list()

    for (const article of [sent, known]) {
      const error = await refusal(redaksi, 'articles.discardEmpty', { id: article.id, rev: article.rev })
      expect([error.reason, error.message]).toEqual(['draft.on-server', 'Draf ini sudah ada di server redaksi, jadi tidak dihapus dari komputer ini saja; buang bila tidak diperlukan.'])
      expect((await call(redaksi, 'articles.get', { id: article.id })).rev).toBe(1)
    }
    expect(outbox.list()).toEqual(queued)
  })

  it('leaves the outbox as it was when the store refuses the draft', async () => {
    const typed = await call(redaksi, 'articles.create', { draft: { headline: 'Banjir' } })
    const { outbox } = redaksi.sync
    await outbox.enqueue({ kind: 'article.create', articleId: typed.id, baseRev: null, payload: { draft: { ...newArticleDraft(), headline: 'Banjir' } } }, { localRev: 1 })
    const queued = outbox.list()
    expect((await refusal(redaksi, 'articles.discardEmpty', { id: typed.id, rev: typed.rev })).reason).toBe('draft.not-empty')
    expect(outbox.list()).toEqual(queued)
  })
})
