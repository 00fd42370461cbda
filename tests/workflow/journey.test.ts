import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { openTestRedaksi } from '../helpers/redaksi'
import { actAs, call, cleanDraft, createArticle, move, refusal } from './harness'

type TestRedaksi = Awaited<ReturnType<typeof openTestRedaksi>>

describe('review and approval through dispatch', () => {
  let redaksi: TestRedaksi
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  it('refuses every action until a profile is chosen', async () => {
    const article = await createArticle(redaksi)
    expect(await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'submit' })).toEqual({ code: 'forbidden', reason: 'workflow.no-profile', message: 'Pilih profil dulu.' })
    expect((await refusal(redaksi, 'notes.add', { articleId: article.id, body: 'Halo' })).code).toBe('forbidden')
    expect(await call(redaksi, 'articles.get', { id: article.id })).toEqual(article)
  })

  it('runs the issue journey: submit, return with a note, resubmit, four eyes, approve, read-only, history', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    let article = await createArticle(redaksi)
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ headline: 'Banjir Rendam Ratusan Rumah di Jakarta Timur' }) })
    article = await move(redaksi, article, 'submit')
    expect(article.status).toBe('submitted')

    await actAs(redaksi, 'Deni Muliya', 'editor')
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'return' })).message).toContain('Catatan wajib')
    article = await move(redaksi, article, 'start-review')
    article = await move(redaksi, article, 'return', { note: 'Tambahkan jumlah pengungsi.' })
    expect(article.status).toBe('returned')

    await actAs(redaksi, 'Haryo Jati', 'penulis')
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: { ...cleanDraft(), headline: 'Banjir Rendam 300 Rumah, 120 Warga Mengungsi' } })
    article = await move(redaksi, article, 'submit')
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve' })).code).toBe('forbidden')

    // An editor who is also credited as penulis cannot approve either.
    await actAs(redaksi, 'Rina Wulandari', 'redaktur-pelaksana')
    const coWritten = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: { ...cleanDraft(), headline: article.headline, penulis: ['Haryo Jati', 'Rina Wulandari'] } })
    expect(coWritten.penulis).toEqual(['Haryo Jati', 'Rina Wulandari'])
    const fourEyes = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: coWritten.rev, action: 'approve' })
    expect(fourEyes).toMatchObject({ code: 'forbidden', message: expect.stringContaining('empat mata') as unknown })
    article = coWritten

    await actAs(redaksi, 'Deni Muliya', 'editor')
    const before = article.rev
    article = await move(redaksi, article, 'approve')
    expect(article).toMatchObject({ status: 'approved', editor: ['Deni Muliya'], rev: before + 1 })

    const readOnly = await refusal(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft() })
    expect(readOnly).toEqual({ code: 'forbidden', reason: 'workflow.read-only', message: 'Artikel yang sudah disetujui atau terbit hanya dapat dibaca.' })

    const steps = article.history.map((h) => [h.actor, h.action, h.from, h.to])
    expect(steps).toEqual([
      ['Haryo Jati', 'create', null, 'draft'],
      ['Haryo Jati', 'submit', 'draft', 'submitted'],
      ['Deni Muliya', 'start-review', 'submitted', 'in-review'],
      ['Deni Muliya', 'return', 'in-review', 'returned'],
      // Each change of hands and the byline change are history (decision 0046).
      ['Haryo Jati', 'edit', 'returned', 'returned'],
      ['Haryo Jati', 'resubmit', 'returned', 'submitted'],
      ['Rina Wulandari', 'byline', 'submitted', 'submitted'],
      ['Deni Muliya', 'approve', 'submitted', 'approved']
    ])
    expect(article.history[6]?.note).toBe('Haryo Jati → Haryo Jati, Rina Wulandari')
    expect(article.history[3]?.note).toBe('Tambahkan jumlah pengungsi.')
    for (const h of article.history) expect(Date.parse(h.at)).not.toBeNaN()

    // The approval's revision already carries the filled-in editor, saved by the approver.
    const revisions = await call(redaksi, 'articles.revisions', { id: article.id })
    const approvedRev = revisions.find((r) => r.revId === article.revId)
    expect(approvedRev).toMatchObject({ status: 'approved', savedBy: 'Deni Muliya', reason: 'status' })
    expect((await call(redaksi, 'articles.revision', { id: article.id, revId: article.revId })).editor).toEqual(['Deni Muliya'])
    expect(revisions.some((r) => r.savedBy === 'Haryo Jati')).toBe(true)

    // Reopening needs a note and makes the text editable again; publishing ends the road.
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'reopen' })).message).toContain('Catatan wajib')
    article = await move(redaksi, article, 'reopen', { note: 'Judul perlu angka terbaru.' })
    expect(article.status).toBe('in-review')
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: { ...cleanDraft(), editor: ['Deni Muliya'], headline: 'Banjir Rendam 350 Rumah' } })
    // Deni has now edited the text, so another editor approves it.
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve' })).reason).toBe('workflow.four-eyes')
    await actAs(redaksi, 'Eko Prasetyo', 'editor')
    article = await move(redaksi, article, 'approve')
    article = await move(redaksi, article, 'publish')
    expect(article.status).toBe('published')
    expect((await refusal(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft() })).code).toBe('forbidden')
    // The list's spike is the workflow's: the same table refuses it in the same words.
    expect(await refusal(redaksi, 'articles.spike', { id: article.id, rev: article.rev })).toEqual({
      code: 'invalid-request',
      reason: 'workflow.illegal',
      params: { status: 'published', action: 'spike' },
      message: 'Artikel berstatus Terbit tidak dapat dibuang.'
    })
    const spike = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'spike' })
    expect(spike).toEqual({ code: 'invalid-request', reason: 'workflow.illegal', params: { status: 'published', action: 'spike' }, message: 'Artikel berstatus Terbit tidak dapat dibuang.' })
  })

  it('refuses a stale rev as a conflict before judging anything', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const article = await createArticle(redaksi)
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev + 1, action: 'submit' })).code).toBe('conflict')
    expect((await refusal(redaksi, 'workflow.transition', { id: '01J0B4C5D6E7F8G9H0J1K2M3N4', rev: 1, action: 'submit' })).code).toBe('not-found')
  })

  it('lets a writer spike and bring back their own draft, which returns as a draft', async () => {
    await actAs(redaksi, 'Deni Muliya', 'editor')
    let other: Article = await createArticle(redaksi, cleanDraft({ penulis: ['Budi'] }))
    other = await move(redaksi, other, 'submit')
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    expect((await refusal(redaksi, 'workflow.transition', { id: other.id, rev: other.rev, action: 'spike' })).code).toBe('forbidden')
    let own = await createArticle(redaksi)
    own = await move(redaksi, own, 'spike')
    expect(own.status).toBe('spiked')
    own = await move(redaksi, own, 'unspike')
    expect(own.status).toBe('draft')
    expect(own.history.at(-1)).toMatchObject({ actor: 'Haryo Jati', action: 'unspike', from: 'spiked', to: 'draft' })
    // Even an article spiked from review comes back as a draft, to be submitted again.
    await actAs(redaksi, 'Deni Muliya', 'editor')
    other = await move(redaksi, other, 'spike')
    other = await move(redaksi, other, 'unspike')
    expect(other.status).toBe('draft')
  })

  it('records the current profile as the actor of create and save', async () => {
    const anonymous = await createArticle(redaksi)
    expect(anonymous.history[0]?.actor).toBe('redaksi')
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const created = await createArticle(redaksi)
    expect(created.history[0]?.actor).toBe('Haryo Jati')
    await call(redaksi, 'articles.save', { id: created.id, rev: created.rev, draft: cleanDraft({ headline: 'Lain' }) })
    const revisions = await call(redaksi, 'articles.revisions', { id: created.id })
    expect(revisions.map((r) => r.savedBy)).toEqual(['Haryo Jati'])
  })
})
