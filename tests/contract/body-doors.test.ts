// Every door refuses a body the schema cannot hold, with the body's own typed failure, and writes
// nothing: IPC (articles.create, articles.save), bundle import, restoring a revision whose file was
// tampered with, the store itself, and the browser host over real HTTP.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../src/main/browser-host/server'
import { openArticleStore } from '../../src/main/store'
import type { Article, ArticleDraft } from '../../src/shared/article'
import { parseBody } from '../../src/shared/editor/parse-body'
import { HOSTILE_BODIES, nested } from '../helpers/hostile-bodies'
import { openTestRedaksi } from '../helpers/redaksi'
import { snapshotTree } from '../helpers/temp-dir'
import { draft, tempStoreDir } from '../store/helpers'

const draftOf = (a: Article): ArticleDraft => {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

// Bodies built from the schema's own vocabulary in any arrangement: most break a content rule.
const nodeName = fc.constantFrom('doc', 'paragraph', 'heading', 'text', 'bacaJuga', 'pullQuote', 'blockquote', 'bulletList', 'listItem', 'hardBreak', 'video')
const { node: arbitraryNode } = fc.letrec((tie) => ({
  node: fc.record(
    {
      type: nodeName,
      text: fc.string({ maxLength: 3 }),
      attrs: fc.dictionary(fc.constantFrom('level', 'articleId', 'title', 'quote', 'start', 'x'), fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxKeys: 2 }),
      marks: fc.array(fc.record({ type: fc.constantFrom('bold', 'link', 'blink') }), { maxLength: 2 }),
      content: fc.array(tie('node'), { maxLength: 3 })
    },
    { requiredKeys: ['type'] }
  )
}))
const schemaBreakingBody = fc
  .record({ type: fc.constant('doc'), content: fc.array(arbitraryNode, { minLength: 1, maxLength: 3 }) })
  .filter((body) => !parseBody(body).ok)

describe('a body the schema cannot hold', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  let host: BrowserHost
  let article: Article
  beforeAll(async () => {
    redaksi = await openTestRedaksi()
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Pintu isi' } })
    if (!created.ok) throw new Error(created.error.message)
    article = created.value as Article
    // The index is written a moment after a change; write it now, so "nothing changed" compares quiet folders.
    await redaksi.store.flush()
    host = await startBrowserHost({ dispatch: redaksi.dispatch, rendererDir: redaksi.dataDir })
  })
  afterAll(async () => {
    await host.close()
    await redaksi.dispose()
  })

  it.each(HOSTILE_BODIES)('is refused by articles.save and articles.create: $name', async ({ body, reason, issue }) => {
    const before = await snapshotTree(redaksi.dataDir)
    const saved = await redaksi.dispatch('articles.save', { id: article.id, rev: article.rev, draft: { ...draftOf(article), body } })
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Baru', body } })
    for (const result of [saved, created]) {
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.reason).toBe(reason)
      if (issue) expect(result.error.issues?.[0]?.at).toEqual(issue.at)
    }
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
  })

  it('is refused with the typed failure for any arrangement of the schema’s words', async () => {
    const before = await snapshotTree(redaksi.dataDir)
    await fc.assert(
      fc.asyncProperty(schemaBreakingBody, async (body) => {
        const result = await redaksi.dispatch('articles.save', { id: article.id, rev: article.rev, draft: { ...draftOf(article), body } })
        expect(result.ok ? null : result.error.reason).toMatch(/^body\.(invalid|too-deep|too-large)$/)
      }),
      { numRuns: 200, seed: 20240618 }
    )
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
  })

  it('answers a typed error, not HTTP 500, when sent 780 deep to articles.save through the browser host', async () => {
    const before = await snapshotTree(redaksi.dataDir)
    const response = await fetch(`http://127.0.0.1:${host.port}/api/articles.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ id: article.id, rev: article.rev, draft: { ...draftOf(article), body: nested(780) } })
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'too-large', reason: 'body.too-deep', message: 'Isi artikel bersarang terlalu dalam (lebih dari 32 tingkat).' }
    })
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
  })

  it('is refused by bundle import, which stores nothing', async () => {
    const exported = await redaksi.dispatch('export.content', { id: article.id, format: 'bundle' })
    if (!exported.ok) throw new Error(exported.error.message)
    const bundle = JSON.parse((exported.value as { data: string }).data) as { article: Article }
    await redaksi.store.flush()
    const before = await snapshotTree(redaksi.dataDir)
    for (const { body } of HOSTILE_BODIES.slice(0, 13)) {
      const text = JSON.stringify({ ...bundle, article: { ...bundle.article, body } })
      const result = await redaksi.dispatch('import.bundle', { fileName: 'asing.redaksi', base64: Buffer.from(text).toString('base64'), onDuplicate: 'keep-both' })
      expect(result).toMatchObject({ ok: true, value: { kind: 'failed', fileName: 'asing.redaksi' } })
    }
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
  })

  it('is refused by the store’s save, and restoring a revision whose file was tampered with', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    try {
      const first = await store.create(draft())
      const second = await store.save(first.id, first.rev, { ...draft(), headline: 'Versi dua' })
      await store.flush()
      const before = await snapshotTree(dir)
      for (const { body } of HOSTILE_BODIES) {
        await expect(store.save(second.id, second.rev, { ...draft(), body } as ArticleDraft)).rejects.toMatchObject({ failure: { reason: 'store.invalid-draft' } })
      }
      expect(await snapshotTree(dir)).toEqual(before)

      const revision = (await filesUnder(dir)).find((f) => f.includes(first.revId))!
      const file = JSON.parse(await readFile(revision, 'utf8')) as { article: Article }
      await writeFile(revision, JSON.stringify({ ...file, article: { ...file.article, body: nested(780) } }))
      await expect(store.restoreRevision(second.id, first.revId, second.rev)).rejects.toThrow()
      expect((await store.get(second.id)).rev).toBe(second.rev)
      expect((await store.get(second.id)).headline).toBe('Versi dua')
    } finally {
      await store.close()
    }
  })
})
