// The open trusts articles/ and trash/ by their folder identity (decision 0101) and reads
// index.txt checked as a whole (decision 0100). Every way a file can change behind the store's
// back must still be found: real files in temp folders, changed the way other programs change them.
import { readFile, rename, rm, truncate, utimes, writeFile } from 'node:fs/promises'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { SCHEMA_VERSION } from '../../src/shared/article'
import { openArticleStore, type StoreChange } from '../../src/main/store'
import { readIndex } from '../../src/main/store/index-file'
import { decodeIndex, encodeIndex } from '../../src/main/store/index-codec'
import { storeLayout } from '../../src/main/store/layout'
import { draft, storeWith, tempStoreDir } from './helpers'

/** What another program does to replace a file: write a new one beside it, rename it over. */
async function replaceByRename(path: string, text: string): Promise<void> {
  await writeFile(`${path}.other-program`, text)
  await rename(`${path}.other-program`, path)
}

async function rewritten(path: string, headline: string): Promise<string> {
  const file = JSON.parse(await readFile(path, 'utf8'))
  file.article = { ...file.article, headline, rev: file.article.rev + 1 }
  return JSON.stringify(file)
}

const articlesDir = (dir: string) => ({ ino: statSync(join(dir, 'articles')).ino, mtimeMs: statSync(join(dir, 'articles')).mtimeMs })

describe('the index vouches for its folders', () => {
  it('records the identity of articles/ on close, after a save made just before', async () => {
    const dir = await tempStoreDir()
    const [one] = await storeWith(dir, ['Satu'])
    const store = await openArticleStore(dir)
    await store.save(one as string, 1, draft({ headline: 'Satu lagi' }))
    await store.close()
    const index = await readIndex(storeLayout(dir))
    expect(index.state === 'ok' ? { ino: index.dirs.articles?.ino, mtimeMs: index.dirs.articles?.mtimeMs } : index).toEqual(articlesDir(dir))
    const again = await openArticleStore(dir)
    expect(again.openReport).toMatchObject({ reread: 0, indexRebuilt: false })
    expect((await again.get(one as string)).headline).toBe('Satu lagi')
    await again.close()
  })

  it('finds an article file replaced by another program while the store was closed', async () => {
    const dir = await tempStoreDir()
    const [one, two] = await storeWith(dir, ['Satu', 'Dua'])
    const path = join(dir, 'articles', `${one}.json`)
    await replaceByRename(path, await rewritten(path, 'Satu dari luar'))
    const store = await openArticleStore(dir)
    expect(store.openReport.reread).toBe(1)
    expect((await store.list()).items.map((s) => [s.id, s.headline]).sort()).toEqual([[one, 'Satu dari luar'], [two, 'Dua']].sort())
    await store.close()
  })

  it('finds an article file added and one removed while the store was closed', async () => {
    const dir = await tempStoreDir()
    const [one, two] = await storeWith(dir, ['Satu', 'Dua'])
    const elsewhere = await tempStoreDir()
    const [three] = await storeWith(elsewhere, ['Tiga'])
    await writeFile(join(dir, 'articles', `${three}.json`), await readFile(join(elsewhere, 'articles', `${three}.json`)))
    await rm(join(dir, 'articles', `${two}.json`))
    const store = await openArticleStore(dir)
    expect((await store.list()).items.map((s) => s.id).sort()).toEqual([one, three].sort())
    await store.close()
  })

  it('lists a folder whose times changed (touched) and vouches for it again afterwards', async () => {
    const dir = await tempStoreDir()
    const ids = await storeWith(dir, ['Satu', 'Dua'])
    await utimes(join(dir, 'articles'), new Date(), new Date(Date.now() - 60_000))
    const store = await openArticleStore(dir, { indexFlushDelayMs: 5 })
    expect(store.openReport).toMatchObject({ reread: 0, indexRebuilt: false })
    expect((await store.list()).items.map((s) => s.id).sort()).toEqual([...ids].sort())
    await store.close()
    const index = await readIndex(storeLayout(dir))
    expect(index.state === 'ok' ? index.dirs.articles?.mtimeMs : index).toBe(statSync(join(dir, 'articles')).mtimeMs)
  })

  it('quarantines an article file damaged in place in a folder whose identity did not change', async () => {
    const dir = await tempStoreDir()
    const [one, two] = await storeWith(dir, ['Satu', 'Dua'])
    const before = articlesDir(dir)
    await truncate(join(dir, 'articles', `${one}.json`), 30)
    expect(articlesDir(dir)).toEqual(before)
    const store = await openArticleStore(dir)
    expect(store.openReport.quarantined.map((q) => q.articleId)).toEqual([one])
    expect((await store.list()).items.map((s) => s.id)).toEqual([two])
    await store.close()
  })

  it('does not vouch for a folder another program changed while the store was open', async () => {
    const dir = await tempStoreDir()
    const [one] = await storeWith(dir, ['Satu'])
    const elsewhere = await tempStoreDir()
    const [other] = await storeWith(elsewhere, ['Dari luar'])
    const store = await openArticleStore(dir)
    await writeFile(join(dir, 'articles', `${other}.json`), await readFile(join(elsewhere, 'articles', `${other}.json`)))
    await store.save(one as string, 1, draft({ headline: 'Satu lagi' }))
    await store.close()
    const index = await readIndex(storeLayout(dir))
    expect(index.state === 'ok' ? index.dirs.articles : index).toBe(null)
    const again = await openArticleStore(dir)
    expect((await again.list()).items.map((s) => s.headline).sort()).toEqual(['Dari luar', 'Satu lagi'])
    await again.close()
  })
})

describe('the check after the open of a large archive', () => {
  it('takes in a file rewritten in place and announces it as a change from outside', async () => {
    const dir = await tempStoreDir()
    const [one, two] = await storeWith(dir, ['Satu', 'Dua'])
    const path = join(dir, 'articles', `${one}.json`)
    await writeFile(path, await rewritten(path, 'Satu, ditulis di tempat'))
    const store = await openArticleStore(dir, { sweepInlineUpTo: 0, sweepDelayMs: 0 })
    const changes: StoreChange[] = []
    store.onChange((c) => changes.push(c))
    await vi.waitFor(() => expect(changes).toEqual([expect.objectContaining({ id: one, rev: 2, origin: 'remote', deleted: false })]))
    expect((await store.list()).items.map((s) => [s.id, s.headline]).sort()).toEqual([[one, 'Satu, ditulis di tempat'], [two, 'Dua']].sort())
    await store.close()
    const again = await openArticleStore(dir)
    expect(again.openReport.reread).toBe(0)
    await again.close()
  })

  it('quarantines a file damaged in place and reports it', async () => {
    const dir = await tempStoreDir()
    const [one, two] = await storeWith(dir, ['Satu', 'Dua'])
    await writeFile(join(dir, 'articles', `${one}.json`), 'rusak')
    const store = await openArticleStore(dir, { sweepInlineUpTo: 0, sweepDelayMs: 0 })
    await vi.waitFor(() => expect(store.openReport.quarantined.map((q) => q.articleId)).toEqual([one]))
    expect((await store.list()).items.map((s) => s.id)).toEqual([two])
    await store.close()
  })
})

describe('index.txt', () => {
  const entry = {
    summary: { id: '01HZX3K8M2Q4R6T8V0W2Y4A6C8', headline: 'Putin Tiba', section: 'dunia', status: 'draft' as const, penulis: ['Haryo Jati'], updatedAt: '2024-06-17T13:49:00.000Z', rev: 3, published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' as const } },
    place: 'articles' as const,
    ino: 123,
    size: 4567,
    mtimeMs: 1718632140123.456
  }
  const dirs = { articles: { ino: 9, mtimeMs: 1718632140000.5, ctimeMs: 1718632140000.5 }, trash: null }

  it('reads back what it wrote, author lists shared between entries', () => {
    const second = { ...entry, summary: { ...entry.summary, id: '01HZX4A1B2C3D4E5F6G7H8J9K0', published: null, status: 'spiked' as const }, place: 'trash' as const }
    const decoded = decodeIndex(encodeIndex(SCHEMA_VERSION, [entry, second], dirs), SCHEMA_VERSION)
    expect(decoded).toEqual({ state: 'ok', content: { schemaVersion: SCHEMA_VERSION, entries: [entry, second], dirs } })
    if (decoded.state === 'ok') expect(decoded.content.entries[0]?.summary.penulis).toBe(decoded.content.entries[1]?.summary.penulis)
  })

  it('is damaged, never trusted, when a byte of its body changed or it was cut short', () => {
    const bytes = encodeIndex(SCHEMA_VERSION, [entry], dirs)
    const flipped = Buffer.from(bytes)
    const at = bytes.indexOf('Putin')
    flipped[at] = 'Q'.charCodeAt(0)
    expect(decodeIndex(flipped, SCHEMA_VERSION)).toEqual({ state: 'damaged', reason: 'checksum does not match' })
    expect(decodeIndex(bytes.subarray(0, bytes.length - 5), SCHEMA_VERSION)).toMatchObject({ state: 'damaged' })
    expect(decodeIndex(bytes, SCHEMA_VERSION + 1)).toEqual({ state: 'old', version: SCHEMA_VERSION })
  })

  it('reads an index.json of the previous version once, without re-reading the articles, and replaces it', async () => {
    const dir = await tempStoreDir()
    const ids = await storeWith(dir, ['Satu', 'Dua'])
    const index = await readIndex(storeLayout(dir))
    if (index.state !== 'ok') throw new Error(index.state)
    const legacy = index.entries.map(({ summary, place, ino, size, mtimeMs }) => ({ summary, place, file: { ino, size, mtimeMs } }))
    await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, entries: legacy }))
    await rm(join(dir, 'index.txt'))
    const store = await openArticleStore(dir)
    expect(store.openReport).toMatchObject({ reread: 0, indexRebuilt: false, migratedFrom: null })
    expect((await store.list()).items.map((s) => s.id).sort()).toEqual([...ids].sort())
    await store.close()
    expect(existsSync(join(dir, 'index.json'))).toBe(false)
    expect((await readIndex(storeLayout(dir))).state).toBe('ok')
  })
})
