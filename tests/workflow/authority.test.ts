// Authority from history through main's dispatch, as the renderer calls it (decision 0046): the
// byline swap refused, the desk's piece read-only to its writer, an editor's edit recorded as his,
// withdrawing by the writer only, and a correction through the desk again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestRedaksi } from '../helpers/redaksi'
import { actAs, call, cleanDraft, createArticle, move, refusal } from './harness'

type TestRedaksi = Awaited<ReturnType<typeof openTestRedaksi>>

describe('authority from history in the app', () => {
  let redaksi: TestRedaksi
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  it('refuses approval to an editor who created the piece and swapped his name out of Penulis, and records the swap', async () => {
    await actAs(redaksi, 'Deni Muliya', 'editor')
    let article = await createArticle(redaksi, cleanDraft({ penulis: ['Deni Muliya'] }))
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ penulis: ['Haryo Jati'] }) })
    expect(article.history.at(-1)).toMatchObject({ actor: 'Deni Muliya', action: 'byline', note: 'Deni Muliya → Haryo Jati' })
    // Both sides of the swap are versions the compare view can show.
    const revisions = await call(redaksi, 'articles.revisions', { id: article.id })
    expect(revisions.map((r) => [r.rev, r.savedBy])).toEqual([
      [2, 'Deni Muliya'],
      [1, 'Deni Muliya']
    ])
    article = await move(redaksi, article, 'submit')
    expect(await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve', overrideWarnings: true })).toMatchObject({ code: 'forbidden', reason: 'workflow.four-eyes' })
  })

  it("keeps a submitted piece read-only to its writer, and records an editor's edit as his", async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    let article = await createArticle(redaksi)
    article = await move(redaksi, article, 'submit')
    const refused = await refusal(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ headline: 'Diubah saat diajukan' }) })
    expect(refused).toEqual({
      code: 'forbidden',
      reason: 'workflow.on-the-desk',
      params: { id: article.id, status: 'submitted' },
      message: 'Artikel ini sedang di meja redaksi (diajukan atau ditinjau) dan hanya editor yang dapat mengubahnya; tarik kembali dulu untuk menyunting.'
    })
    expect((await call(redaksi, 'articles.get', { id: article.id })).rev).toBe(article.rev)

    await actAs(redaksi, 'Deni Muliya', 'editor')
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ headline: 'Banjir Rendam Ratusan Rumah' }) })
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ headline: 'Banjir Rendam 300 Rumah' }) })
    expect(article.history.map((h) => [h.actor, h.action])).toEqual([
      ['Haryo Jati', 'create'],
      ['Haryo Jati', 'submit'],
      ['Deni Muliya', 'edit']
    ])
    const saved = await call(redaksi, 'articles.revisions', { id: article.id })
    expect(saved.find((r) => r.rev === article.rev - 1)).toMatchObject({ savedBy: 'Deni Muliya', headline: 'Banjir Rendam Ratusan Rumah' })
    // Having edited it, he may not approve; withdrawing is the writer's.
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve' })).reason).toBe('workflow.four-eyes')
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'withdraw' })).reason).toBe('workflow.not-own')
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    article = await move(redaksi, article, 'withdraw')
    expect([article.status, article.history.at(-1)?.action]).toEqual(['draft', 'withdraw'])
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ headline: 'Banjir Rendam 300 Rumah Warga' }) })
    expect(article.headline).toBe('Banjir Rendam 300 Rumah Warga')
  })

  it('reopens a published piece for a correction with a note; it goes through the desk and the first publication stays a revision', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    let article = await createArticle(redaksi)
    article = await move(redaksi, article, 'submit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    article = await move(redaksi, article, 'approve', { overrideWarnings: true })
    const first = await move(redaksi, article, 'publish')
    expect((await refusal(redaksi, 'workflow.transition', { id: first.id, rev: first.rev, action: 'correct' })).reason).toBe('workflow.note-required')
    article = await move(redaksi, first, 'correct', { note: 'Jumlah rumah 300, bukan 30.' })
    expect(article.status).toBe('returned')
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    expect((await refusal(redaksi, 'workflow.transition', { id: first.id, rev: article.rev, action: 'correct', note: 'x' })).reason).toBe('workflow.illegal')
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Banjir merendam 300 rumah warga.' }] }] }, editor: ['Deni Muliya'] }) })
    article = await move(redaksi, article, 'submit')
    expect(article.history.at(-1)?.action).toBe('resubmit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    article = await move(redaksi, article, 'approve')
    article = await move(redaksi, article, 'publish')
    const kept = await call(redaksi, 'articles.revision', { id: first.id, revId: first.revId })
    expect([kept.status, JSON.stringify(kept.body).includes('300')]).toEqual(['published', false])
  })
})
