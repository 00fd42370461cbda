// Opening never depends on one entry: whatever sits in articles/ under an article's name but is not
// an article file is set aside (or skipped) with a report, without being opened, and the rest opens.
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { MAX_ARTICLE_FILE_BYTES } from '../../src/main/store/open-scan'
import { storeWith, tempStoreDir } from './helpers'

/** Each way an entry named like an article can fail to be one, made in place of article `id`. */
const STRAYS: Array<[string, (path: string) => Promise<void>, string]> = [
  ['a folder', (p) => mkdir(p), 'a folder, not an article file'],
  ['a named pipe', async (p) => void execFileSync('mkfifo', [p]), 'not a regular file (a device, pipe or socket)'],
  ['a symbolic link to a device', (p) => symlink('/dev/zero', p), 'a symbolic link, not an article file'],
  ['a file larger than any article', async (p) => {
    await writeFile(p, '')
    await truncate(p, MAX_ARTICLE_FILE_BYTES + 1)
  }, `${MAX_ARTICLE_FILE_BYTES + 1} bytes, more than any article file (${MAX_ARTICLE_FILE_BYTES})`]
]

describe('entries in the store that are not article files', () => {
  it.each(STRAYS)('sets aside %s without opening it, and opens the other articles', async (_kind, make, reason) => {
    const dir = await tempStoreDir()
    const [stray, kept] = await storeWith(dir, ['Kabar Dunia Sepekan', 'Harga Cabai Naik'])
    const path = join(dir, 'articles', `${stray}.json`)
    await rm(path)
    await make(path)
    const store = await openArticleStore(dir)
    expect(store.openReport.quarantined).toEqual([{ file: expect.stringContaining(join(dir, 'quarantine')), articleId: stray, reason }])
    expect((await store.list()).items.map((a) => a.id)).toEqual([kept])
    // The index no longer lists it, so the next open is quiet and quick.
    await store.close()
    const again = await openArticleStore(dir)
    expect(again.openReport).toMatchObject({ quarantined: [], skipped: [] })
    await again.close()
    const note = (await readdir(join(dir, 'quarantine'))).find((n) => n.endsWith('.reason.json'))!
    expect(JSON.parse(await readFile(join(dir, 'quarantine', note), 'utf8'))).toMatchObject({ from: path, subject: stray, reason })
  })

  // root reads any file whatever its mode, so the refusal this needs cannot be made as root (CI).
  it.skipIf(process.getuid?.() === 0)('skips a file this user may not read and reports it, leaving it where it is', async () => {
    const dir = await tempStoreDir()
    const [locked, kept] = await storeWith(dir, ['Satu', 'Dua'])
    const path = join(dir, 'articles', `${locked}.json`)
    await rm(join(dir, 'index.txt'))
    await chmod(path, 0)
    const store = await openArticleStore(dir)
    expect(store.openReport.skipped).toEqual([{ file: path, articleId: locked, why: 'unreadable', reason: 'EACCES' }])
    expect((await store.list()).items.map((a) => a.id)).toEqual([kept])
    await store.close()
  })

  it('leaves a folder that merely carries the temp prefix alone', async () => {
    const dir = await tempStoreDir()
    const [kept] = await storeWith(dir, ['Satu'])
    await mkdir(join(dir, '.tmp-not-a-file'))
    const store = await openArticleStore(dir)
    expect((await store.list()).items.map((a) => a.id)).toEqual([kept])
    await store.close()
  })
})
