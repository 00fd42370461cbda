// Payloads that pass the contract's schemas but break deeper rules: ids of nothing, revisions from
// the future, another article's revision. Each is answered with a typed failure for the right
// reason, and nothing is written (the whole data folder is compared before and after).
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { contract, type Channel } from '../../src/shared/ipc'
import type { Failure, FailureReason } from '../../src/shared/result'
import type { Redaksi } from '../../src/main/redaksi'
import { openRedaksiAt } from '../helpers/redaksi'
import { makeTempDir, snapshotTree } from '../helpers/temp-dir'
import { actAs, call, cleanDraft, createArticle } from '../workflow/harness'

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/
const RUNS = { numRuns: 40, seed: 20261201 }

describe('payloads that pass zod but break deeper rules', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>
  let redaksi: Redaksi & { dataDir: string }
  let article: Article
  let other: Article
  let outDir: string
  const existing = new Set<string>()

  beforeAll(async () => {
    dir = await makeTempDir('redaksi-deep-fuzz-')
    const seeding = await openRedaksiAt(dir.path)
    redaksi = { ...seeding, dataDir: dir.path }
    await actAs(redaksi, 'Deni Muliya', 'editor')
    article = await createArticle(redaksi)
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ headline: 'Banjir Rendam 300 Rumah di Jakarta Timur' }) })
    other = await createArticle(redaksi, cleanDraft({ headline: 'Artikel Lain dengan Riwayatnya Sendiri' }))
    existing.add(article.id).add(other.id)
    // Inside the files folder, which is the data folder here.
    outDir = 'ekspor'
    // Closed and opened again, so the store's idle index flush is done before any snapshot.
    await seeding.close()
    redaksi = { ...(await openRedaksiAt(dir.path)), dataDir: dir.path }
  })
  afterAll(async () => {
    await redaksi.close()
    await dir.remove()
  })

  /** Sends the payload (checked to pass the schema), expects `reason`, and that nothing changed on disk. */
  async function refusedWithoutWriting(channel: Channel, payload: unknown, reason: FailureReason): Promise<Failure> {
    expect(contract[channel].request.safeParse(payload).success, `${channel} payload must pass its schema`).toBe(true)
    const before = await snapshotTree(redaksi.dataDir)
    const result = await redaksi.dispatch(channel, payload)
    expect(result.ok, channel).toBe(false)
    const error = (result as { ok: false; error: Failure }).error
    expect(error.reason, `${channel} ${JSON.stringify(payload)}`).toBe(reason)
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
    return error
  }

  const missingId = fc.stringMatching(ULID).filter((id) => !existing.has(id))

  // Every channel that takes an article's id, with the rest of its payload valid.
  const byArticleId: [Channel, (id: string) => unknown][] = [
    ['articles.get', (id) => ({ id })],
    ['articles.save', (id) => ({ id, rev: 1, draft: cleanDraft() })],
    ['articles.spike', (id) => ({ id, rev: 1 })],
    ['articles.discardEmpty', (id) => ({ id, rev: 1 })],
    ['articles.revisions', (id) => ({ id })],
    ['articles.revision', (id) => ({ id, revId: article.revId })],
    ['articles.restoreRevision', (id) => ({ id, revId: article.revId, rev: 1 })],
    ['workflow.transition', (id) => ({ id, rev: 1, action: 'submit' })],
    ['workflow.check', (id) => ({ id })],
    ['notes.list', (id) => ({ articleId: id })],
    ['notes.add', (id) => ({ articleId: id, body: 'Cek angka korban.' })],
    ['notes.resolve', (id) => ({ articleId: id, noteId: 'n1', resolved: true })],
    ['export.article', (id) => ({ id, format: 'html', outDir })],
    ['export.content', (id) => ({ id, format: 'text' })],
    ['export.batch', (id) => ({ ids: [article.id, id], outDir })]
  ]

  it.each(byArticleId)('%s with the id of no article answers store.article-not-found', async (channel, payloadOf) => {
    await fc.assert(
      fc.asyncProperty(missingId, async (id) => {
        const error = await refusedWithoutWriting(channel, payloadOf(id), 'store.article-not-found')
        expect(error).toMatchObject({ code: 'not-found', params: { id }, message: `Artikel ${id} tidak ditemukan.` })
      }),
      RUNS
    )
  })

  it('answers ids of other things that do not exist with their own reasons', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), async (id) => {
        expect((await refusedWithoutWriting('profiles.switch', { id }, 'profile.not-found')).params).toEqual({ id })
        expect((await refusedWithoutWriting('notes.resolve', { articleId: article.id, noteId: id, resolved: true }, 'note.not-found')).params).toEqual({ id })
      }),
      RUNS
    )
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{16}$/), async (job) => {
        expect((await refusedWithoutWriting('export.progress', { job }, 'export.unknown-job')).params).toEqual({ id: job })
        expect((await refusedWithoutWriting('export.cancel', { job }, 'export.unknown-job')).params).toEqual({ id: job })
      }),
      RUNS
    )
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{64}\.(?:jpg|png)$/), async (asset) => {
        expect((await refusedWithoutWriting('assets.get', { asset }, 'store.asset-not-found')).params).toEqual({ asset })
      }),
      RUNS
    )
  })

  it('answers a revision from the future with a conflict and writes nothing', async () => {
    const future = fc.integer({ min: article.rev + 1, max: 2 ** 31 })
    await fc.assert(
      fc.asyncProperty(future, async (rev) => {
        const expected = { code: 'conflict', params: { id: article.id, baseRev: rev, currentRev: article.rev } }
        expect(await refusedWithoutWriting('articles.save', { id: article.id, rev, draft: cleanDraft({ headline: 'Judul dari masa depan' }) }, 'store.conflict')).toMatchObject(expected)
        expect(await refusedWithoutWriting('articles.spike', { id: article.id, rev }, 'store.conflict')).toMatchObject(expected)
        expect(await refusedWithoutWriting('workflow.transition', { id: article.id, rev, action: 'submit' }, 'store.conflict')).toMatchObject(expected)
        expect(await refusedWithoutWriting('articles.restoreRevision', { id: article.id, revId: article.history.length ? (await call(redaksi, 'articles.revisions', { id: article.id })).at(-1)!.revId : article.revId, rev }, 'store.conflict')).toMatchObject(expected)
      }),
      { ...RUNS, numRuns: 15 }
    )
    expect(await call(redaksi, 'articles.get', { id: article.id })).toEqual(article)
  })

  it('refuses to restore a revision of another article onto this one', async () => {
    const theirs = await call(redaksi, 'articles.revisions', { id: other.id })
    expect(theirs.length).toBe(1)
    for (const { revId } of theirs) {
      const error = await refusedWithoutWriting('articles.restoreRevision', { id: article.id, revId, rev: article.rev }, 'store.revision-not-found')
      expect(error).toEqual({
        code: 'not-found',
        reason: 'store.revision-not-found',
        params: { id: article.id, revId },
        message: `Revisi ${revId} artikel ${article.id} tidak ditemukan.`
      })
      expect((await refusedWithoutWriting('articles.revision', { id: article.id, revId }, 'store.revision-not-found')).params).toEqual({ id: article.id, revId })
    }
    expect(await call(redaksi, 'articles.get', { id: article.id })).toEqual(article)
  })
})
