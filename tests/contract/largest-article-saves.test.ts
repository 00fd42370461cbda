// No imported article is too large for the app to save again: the largest article each import
// door takes (a Kompas text at its line and byte limits; a bundle carrying the largest draft the
// schema accepts) is imported, then saved again through the contract in-process and through the
// browser host over HTTP. The newsroom server's door is tests/server/sync/largest-article.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleDraft } from '../../src/shared/article'
import { MAX_DRAFT_JSON_BYTES } from '../../src/shared/article-size'
import { MAX_IMPORT_BUNDLE_BYTES, MAX_IMPORT_LINES, MAX_IMPORT_TEXT } from '../../src/shared/exchange'
import { startTestHost } from '../browser-host/host-fixture'
import { FIXTURE_TEXT } from '../export/exchange-fixture'
import { largestDraft, largestKompasText } from '../helpers/largest-articles'

type Dispatch = (channel: string, request: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { reason: string } }>

const draftOf = (a: Article): ArticleDraft => ({
  headline: a.headline,
  section: a.section,
  published: a.published,
  dateline: a.dateline,
  penulis: a.penulis,
  editor: a.editor,
  sumber: a.sumber,
  featuredImage: a.featuredImage,
  body: a.body,
  tags: a.tags
})

async function value<T>(answer: Promise<{ ok: boolean; value?: unknown; error?: { reason: string } }>): Promise<T> {
  const got = await answer
  if (!got.ok) throw new Error(`refused: ${JSON.stringify(got.error).slice(0, 400)}`)
  return got.value as T
}

/** The largest Kompas text imported, then saved again with one more character of headline. */
async function textRoundTrip(dispatch: Dispatch) {
  const text = largestKompasText(FIXTURE_TEXT, MAX_IMPORT_LINES)
  expect([text.split('\n').length <= MAX_IMPORT_LINES, Buffer.byteLength(text) <= MAX_IMPORT_TEXT, Buffer.byteLength(text) > 0.9 * MAX_IMPORT_TEXT]).toEqual([true, true, true])
  const imported = await value<{ kind: string; id: string }>(dispatch('import.text', { fileName: 'terbesar.txt', text, onDuplicate: 'keep-both' }))
  const article = await value<Article>(dispatch('articles.get', { id: imported.id }))
  const saved = await value<Article>(dispatch('articles.save', { id: article.id, rev: article.rev, draft: { ...draftOf(article), headline: `${article.headline}!` } }))
  return { article, saved }
}

/** A bundle carrying the largest draft, imported, then saved again. */
async function bundleRoundTrip(dispatch: Dispatch) {
  const small = await value<Article>(dispatch('articles.create', { draft: { headline: 'Bundel terbesar' } }))
  const exported = await value<{ data: string }>(dispatch('export.content', { id: small.id, format: 'bundle' }))
  const bundle = JSON.parse(exported.data) as { article: Article }
  const largest = largestDraft()
  const data = Buffer.from(JSON.stringify({ ...bundle, article: { ...bundle.article, ...largest } }))
  expect(data.length).toBeLessThan(MAX_IMPORT_BUNDLE_BYTES)
  const imported = await value<{ kind: string; id: string }>(dispatch('import.bundle', { fileName: 'terbesar.redaksi', base64: data.toString('base64'), onDuplicate: 'keep-both' }))
  const article = await value<Article>(dispatch('articles.get', { id: imported.id }))
  expect(article.body).toEqual(largest.body)
  const request = { id: article.id, rev: article.rev, draft: { ...draftOf(article), headline: `${article.headline.slice(0, 499)}!` } }
  const saved = await value<Article>(dispatch('articles.save', request))
  return { article, saved, requestBytes: Buffer.byteLength(JSON.stringify(request)) }
}

describe('the largest imported article saves again', () => {
  let fixture: Awaited<ReturnType<typeof startTestHost>>
  let overHttp: Dispatch
  beforeAll(async () => {
    fixture = await startTestHost()
    overHttp = async (channel, request) => {
      const started = Date.now()
      const response = await fetch(`http://127.0.0.1:${fixture.host.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.host.token}` },
        body: JSON.stringify(request)
      }).catch((e: unknown) => {
        throw new Error(`${channel} after ${Date.now() - started} ms: ${String(e)}`)
      })
      if (response.status !== 200) return { ok: false, error: { reason: `HTTP ${response.status}` } }
      return (await response.json()) as Awaited<ReturnType<Dispatch>>
    }
  }, 60_000)
  afterAll(() => fixture?.stop())

  const inProcess: Dispatch = (channel, request) => fixture.redaksi.dispatch(channel as never, request as never) as ReturnType<Dispatch>

  it('through the contract in-process (the IPC schema of articles.save): a Kompas text at its limits', { timeout: 120_000 }, async () => {
    const { article, saved } = await textRoundTrip(inProcess)
    expect(article.body.content.length).toBe(9_993)
    expect(saved.rev).toBe(article.rev + 1)
  })

  it('through the contract in-process: a bundle with the largest draft the schema accepts', { timeout: 120_000 }, async () => {
    const { article, saved, requestBytes } = await bundleRoundTrip(inProcess)
    expect([saved.rev, saved.body]).toEqual([article.rev + 1, article.body])
    expect(requestBytes).toBeGreaterThan(15_000_000)
    expect(requestBytes).toBeLessThan(MAX_DRAFT_JSON_BYTES)
  })

  it('through the browser host over HTTP: both', { timeout: 180_000 }, async () => {
    const text = await textRoundTrip(overHttp)
    expect(text.saved.rev).toBe(text.article.rev + 1)
    const bundle = await bundleRoundTrip(overHttp)
    expect([bundle.saved.rev, bundle.saved.headline.length]).toEqual([bundle.article.rev + 1, 500])
  })
})
