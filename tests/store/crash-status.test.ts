// Status changes, spikes, unspikes and restores killed at random moments by a real SIGKILL: after
// every kill the store opens, no snapshot is left staged, no revision claims a version the article
// never reached, and each article's current version is among its revisions. And a change that
// fails for real (not a crash) leaves neither its article nor its snapshot.
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { bundleChild, type BundledChild } from './crash/bundle-child'
import { runKillTrials } from './crash/kill-loop'
import { draft, refusal, tempStoreDir } from './helpers'

const TRIALS = Number(process.env.REDAKSI_CRASH_TRIALS ?? 12)
let writer: BundledChild
beforeAll(async () => {
  writer = await bundleChild(join(import.meta.dirname, 'crash', 'status-writer.ts'))
})
afterAll(() => writer.remove())

it(`keeps every status change whole with its snapshot across ${TRIALS} SIGKILLs`, async () => {
  const dir = await tempStoreDir()
  const problems: string[] = []
  let changes = 0
  // Killed 2–6 changes in and up to 150 ms later: counted in changes, so a loaded machine kills among them too.
  const killAfter = { aim: (line: string) => line === 'ack', lines: [2, 6] as const, delayMs: 150 }
  const check = async (t: number): Promise<void> => {
    const store = await openArticleStore(dir)
    const staged = (await readdir(join(dir, 'staging'))).filter((name) => name.startsWith('snapshot.'))
    if (staged.length) problems.push(`trial ${t}: left staged: ${staged.join(', ')}`)
    if (store.openReport.quarantined.length) problems.push(`trial ${t}: quarantined ${store.openReport.quarantined.map((q) => q.reason).join('; ')}`)
    for (const summary of (await store.list({ limit: 500, status: ['draft', 'submitted', 'in-review', 'returned'] })).items) {
      const article = await store.get(summary.id)
      const revisions = await store.listRevisions(summary.id)
      changes = Math.max(changes, article.rev)
      if (!revisions.some((r) => r.revId === article.revId)) problems.push(`trial ${t}: ${article.id} rev ${article.rev} has no snapshot of its current version`)
      const ahead = revisions.filter((r) => r.rev > article.rev)
      if (ahead.length) problems.push(`trial ${t}: ${article.id} rev ${article.rev} has snapshots of revs ${ahead.map((r) => r.rev).join(', ')}`)
    }
    await store.close()
  }
  await runKillTrials({ script: writer.path, args: (t) => [dir, String(t)], trials: TRIALS, seed: 37, killAfter, check })
  expect(problems).toEqual([])
  // The kills landed among real work: some article went through many changes.
  expect(changes).toBeGreaterThan(10)
}, 240_000)

it('leaves nothing behind when a create fails to write its article, and the store opens as before', async () => {
  const dir = await tempStoreDir()
  const store = await openArticleStore(dir)
  const kept = await store.create(draft({ headline: 'Harga Cabai Naik' }))
  // A real write failure: the articles folder is gone and a file stands in its place (ENOTDIR).
  await rm(join(dir, 'articles'), { recursive: true })
  await writeFile(join(dir, 'articles'), '')
  expect((await refusal(store.create(draft({ headline: 'Tidak Pernah Tersimpan' })))).reason).toBe('store.io')
  expect(await readdir(join(dir, 'revisions'))).toEqual([kept.id])
  expect((await readdir(join(dir, 'staging'))).filter((name) => !name.startsWith('.'))).toEqual([])
  await store.close()
})

it('stores nothing when the snapshot cannot be written, rather than an article whose create reported failure', async () => {
  const dir = await tempStoreDir()
  const store = await openArticleStore(dir)
  // The revisions folder replaced by a file: the snapshot fails to write, as on a full disk.
  await rm(join(dir, 'revisions'), { recursive: true })
  await writeFile(join(dir, 'revisions'), '')
  expect((await refusal(store.create(draft({ headline: 'Tidak Pernah Tersimpan' })))).reason).toBe('store.io')
  expect((await store.list()).total).toBe(0)
  expect(await readdir(join(dir, 'articles'))).toEqual([])
  await store.close()
})
