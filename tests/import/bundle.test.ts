import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export/run-export'
import { Importer } from '../../src/main/import/importer'
import { failureText, type FailureData } from '../../src/shared/result'
import { openExchangeStore, fixtureDraft, PNG, storeArticle, type ExchangeStore } from '../export/exchange-fixture'

describe('.redaksi bundles', () => {
  let from: ExchangeStore
  let to: ExchangeStore
  beforeEach(async () => {
    from = await openExchangeStore()
    to = await openExchangeStore()
  })
  afterEach(async () => {
    await from.dispose()
    await to.dispose()
  })

  async function bundleOf(withRevisions = false): Promise<{ path: string; id: string }> {
    const { asset } = await from.store.putAsset(PNG, 'foto.png')
    const draft = fixtureDraft()
    draft.featuredImage = { ...draft.featuredImage!, asset }
    const article = await storeArticle(from.store, draft)
    await from.store.save(article.id, article.rev, { ...draft, headline: `${draft.headline}!` })
    const { files } = await runExport(from.store, { ids: [article.id], format: 'bundle', outDir: from.out, revisions: withRevisions })
    return { path: files[0]!, id: article.id }
  }

  it('carries the article, its image and optionally its revisions to another store', async () => {
    const { path, id } = await bundleOf(true)
    expect(path.endsWith('.redaksi')).toBe(true)
    const bundle = JSON.parse(await readFile(path, 'utf8')) as { format: string; bundleVersion: number; schemaVersion: number; revisions: unknown[] }
    expect(bundle).toMatchObject({ format: 'redaksi-bundle', bundleVersion: 1, schemaVersion: 2 })
    // One save after creation: the created version is the one revision.
    expect(bundle.revisions).toHaveLength(1)

    const [outcome] = await new Importer(to.store).importFiles([path], 'ask')
    expect(outcome?.kind).toBe('imported')
    if (outcome?.kind !== 'imported') return
    const original = await from.store.get(id)
    const copy = await to.store.get(outcome.id)
    expect({ ...copy, id: '', rev: 0, revId: '', createdAt: '', updatedAt: '', history: [], status: 'x' }).toEqual({
      ...original,
      id: '',
      rev: 0,
      revId: '',
      createdAt: '',
      updatedAt: '',
      history: [],
      status: 'x'
    })
    expect(Buffer.from(await to.store.readAsset(copy.featuredImage!.asset!)).equals(PNG)).toBe(true)
  })

  it('offers replace or keep both when the same article arrives twice', async () => {
    const { path, id } = await bundleOf()
    const [again] = await new Importer(from.store).importFiles([path], 'ask')
    expect(again).toMatchObject({ kind: 'duplicate', duplicates: [{ id }] })
    const [replaced] = await new Importer(from.store).importFiles([path], 'replace')
    expect(replaced).toMatchObject({ kind: 'imported', id, replaced: true })
  })

  it('explains a broken, foreign or newer file and stores nothing', async () => {
    const { path } = await bundleOf()
    const text = await readFile(path, 'utf8')
    const bundle = JSON.parse(text) as Record<string, unknown>
    const asset = (bundle.images as { asset: string }[])[0]!.asset
    const cases: [string, string, FailureData][] = [
      ['terpotong.redaksi', text.slice(0, text.length / 2), { reason: 'bundle.truncated', params: { file: 'terpotong.redaksi' } }],
      ['lain.redaksi', JSON.stringify({ hello: 'world' }), { reason: 'bundle.not-bundle', params: { file: 'lain.redaksi' } }],
      ['baru.redaksi', JSON.stringify({ ...bundle, bundleVersion: 7 }), { reason: 'bundle.newer', params: { file: 'baru.redaksi', version: '7/2' } }],
      ['skema-baru.redaksi', JSON.stringify({ ...bundle, schemaVersion: 3 }), { reason: 'bundle.newer', params: { file: 'skema-baru.redaksi', version: '1/3' } }],
      [
        'rusak.redaksi',
        JSON.stringify({ ...bundle, article: { ...(bundle.article as object), headline: 42 } }),
        { reason: 'bundle.damaged', params: { file: 'rusak.redaksi', where: 'article.headline' } }
      ],
      [
        'gambar.redaksi',
        JSON.stringify({ ...bundle, images: [{ ...(bundle.images as { asset: string }[])[0], base64: 'AAAA' }] }),
        { reason: 'bundle.image-damaged', params: { file: 'gambar.redaksi', asset } }
      ]
    ]
    for (const [name, content, why] of cases) {
      const file = join(to.dir, name)
      await writeFile(file, content)
      const [outcome] = await new Importer(to.store).importFiles([file], 'keep-both')
      expect(outcome, name).toEqual({ kind: 'failed', fileName: name, failure: why })
    }
    expect(failureText(cases[2]![2], 'id')).toBe('baru.redaksi dibuat oleh Redaksi yang lebih baru (versi bundel 7/2); perbarui Redaksi untuk membukanya.')
    expect(failureText(cases[2]![2], 'en')).toBe('baru.redaksi was made by a newer Redaksi (bundle version 7/2); update Redaksi to open it.')
    expect((await to.store.list()).total).toBe(0)
  })

  it('imports a bundle the renderer read itself (browser transport)', async () => {
    const { path } = await bundleOf()
    const outcome = await new Importer(to.store).importBundle('x.redaksi', (await readFile(path)).toString('base64'), 'ask')
    expect(outcome.kind).toBe('imported')
  })
})
