// The import door reads regular files only, and never more than the limit: a pipe, a device or a
// huge file is refused at once, by the opened descriptor, with the limit named.
import { execFileSync } from 'node:child_process'
import { mkdir, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Importer } from '../../src/main/import/importer'
import { readImportFile } from '../../src/main/import/read-import-file'
import { MAX_IMPORT_BUNDLE_BYTES, MAX_IMPORT_TEXT_BYTES } from '../../src/shared/exchange'
import { failureText, isFailure, type FailureData } from '../../src/shared/result'
import { FIXTURE_TEXT, openExchangeStore, type ExchangeStore } from '../export/exchange-fixture'

async function refusal(work: Promise<unknown>): Promise<FailureData> {
  try {
    await work
  } catch (err) {
    if (isFailure(err)) return { reason: err.failure.reason, params: err.failure.params }
    throw err
  }
  throw new Error('expected a refusal')
}

describe('reading a file to import', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  it('reads a regular file whole', async () => {
    const path = join(s.dir, 'putin.txt')
    await writeFile(path, FIXTURE_TEXT)
    expect(Buffer.from(await readImportFile(path, 'putin.txt')).toString('utf8')).toBe(FIXTURE_TEXT)
  })

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const path = join(s.dir, 'pipa.txt')
    execFileSync('mkfifo', [path])
    expect(await refusal(readImportFile(path, 'pipa.txt'))).toEqual({ reason: 'import.not-a-file', params: { file: path } })
  })

  it('refuses a device and a folder', async () => {
    expect(await refusal(readImportFile('/dev/zero', 'zero'))).toEqual({ reason: 'import.not-a-file', params: { file: '/dev/zero' } })
    const folder = join(s.dir, 'folder.txt')
    await mkdir(folder)
    expect(await refusal(readImportFile(folder, 'folder.txt'))).toEqual({ reason: 'import.not-a-file', params: { file: folder } })
  })

  it('refuses a text or a bundle over its limit before reading it, naming both sizes', async () => {
    const text = join(s.dir, 'besar.txt')
    await writeFile(text, '')
    await truncate(text, MAX_IMPORT_TEXT_BYTES + 1)
    const failure = await refusal(readImportFile(text, 'besar.txt'))
    expect(failure).toEqual({ reason: 'import.file-too-large', params: { file: text, size: '2.0', limit: '2' } })
    expect(failureText(failure, 'id')).toBe(`${text} berukuran 2.0 MB, melebihi batas 2 MB; tidak ada yang dibaca.`)
    const bundle = join(s.dir, 'besar.redaksi')
    await writeFile(bundle, '')
    await truncate(bundle, MAX_IMPORT_BUNDLE_BYTES + 5 * 1024 * 1024)
    expect(await refusal(readImportFile(bundle, 'besar.redaksi'))).toEqual({ reason: 'import.file-too-large', params: { file: bundle, size: '41', limit: '36' } })
    // A text exactly at the limit is read.
    await truncate(text, MAX_IMPORT_TEXT_BYTES)
    expect((await readImportFile(text, 'besar.txt')).length).toBe(MAX_IMPORT_TEXT_BYTES)
  })

  it('says a missing file is missing, and goes on with the next file of the batch', async () => {
    const good = join(s.dir, 'putin.txt')
    await writeFile(good, FIXTURE_TEXT)
    const missing = join(s.dir, 'tidak-ada.txt')
    const outcomes = await new Importer(s.store).importFiles([missing, '/dev/zero', good], 'ask')
    expect(outcomes.map((o) => (o.kind === 'failed' ? o.failure.reason : o.kind))).toEqual(['import.file-missing', 'import.not-a-file', 'imported'])
  })
})
