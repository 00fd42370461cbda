import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { failure } from '../../src/shared/result'
import { Outbox } from '../../src/main/sync/outbox'
import { makeTempDir } from '../helpers/temp-dir'
import { draft } from './drafts'

const A = '01J00000000000000000000AAA'
const B = '01J00000000000000000000BBB'
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

async function tempFile(): Promise<string> {
  const dir = await makeTempDir('redaksi-outbox-')
  cleanups.push(dir.remove)
  return join(dir.path, 'sync', 'outbox.json')
}

describe('outbox', () => {
  it('keeps changes in order across a reopen, each with its own idempotency id and base rev', async () => {
    const file = await tempFile()
    const outbox = await Outbox.open(file)
    await outbox.enqueue({ kind: 'article.create', articleId: A, baseRev: null, payload: { draft: draft('Satu') } })
    await outbox.enqueue({ kind: 'workflow.transition', articleId: A, baseRev: 1, payload: { action: 'submit' } })
    await outbox.enqueue({ kind: 'article.save', articleId: B, baseRev: 7, payload: { draft: draft('Dua') } })
    const again = await Outbox.open(file)
    expect(again.list().map((e) => [e.change.kind, e.change.kind === 'asset.put' ? null : e.change.articleId, e.change.kind === 'asset.put' ? null : e.change.baseRev])).toEqual([
      ['article.create', A, null],
      ['workflow.transition', A, 1],
      ['article.save', B, 7]
    ])
    expect(new Set(again.list().map((e) => e.change.id)).size).toBe(3)
    expect(again.list().map((e) => e.change.id)).toEqual(outbox.list().map((e) => e.change.id))
  })

  it('coalesces saves the server has not seen, and never one that was sent', async () => {
    const outbox = await Outbox.open(await tempFile())
    const first = await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 3, payload: { draft: draft('v1') } })
    const second = await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 3, payload: { draft: draft('v2') } })
    expect(second.change.id).toBe(first.change.id)
    expect(outbox.list().map((e) => (e.change.kind === 'article.save' ? e.change.payload.draft.headline : e.change.kind))).toEqual(['v2'])
    await outbox.markSent([first.change.id])
    const third = await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 3, payload: { draft: draft('v3') } })
    expect(third.change.id).not.toBe(first.change.id)
    expect(outbox.list().map((e) => (e.change.kind === 'article.save' ? e.change.payload.draft.headline : e.change.kind))).toEqual(['v2', 'v3'])
  })

  it('folds a save into the unsent create of the same article, not across a workflow move', async () => {
    const outbox = await Outbox.open(await tempFile())
    await outbox.enqueue({ kind: 'article.create', articleId: A, baseRev: null, payload: { draft: draft('awal') } })
    await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 1, payload: { draft: draft('lanjut') } })
    await outbox.enqueue({ kind: 'workflow.transition', articleId: A, baseRev: 1, payload: { action: 'submit' } })
    await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 1, payload: { draft: draft('setelah ajukan') } })
    expect(outbox.list().map((e) => `${e.change.kind}:${'payload' in e.change && 'draft' in e.change.payload ? e.change.payload.draft.headline : ''}`)).toEqual([
      'article.create:lanjut',
      'workflow.transition:',
      'article.save:setelah ajukan'
    ])
  })

  it('keeps a refused change with the server reason until it is retried under a new id or discarded', async () => {
    const file = await tempFile()
    const outbox = await Outbox.open(file)
    const entry = await outbox.enqueue({ kind: 'workflow.transition', articleId: A, baseRev: 2, payload: { action: 'approve' } })
    await outbox.mark(entry.change.id, 'refused', failure('workflow.four-eyes'))
    const reopened = await Outbox.open(file)
    expect(reopened.list()).toMatchObject([{ state: 'refused', failure: { reason: 'workflow.four-eyes', code: 'forbidden' } }])
    const retried = await reopened.retry(entry.change.id, { baseRev: 4 })
    expect(retried).toMatchObject({ state: 'pending', attempts: 0, change: { baseRev: 4, kind: 'workflow.transition' } })
    expect(retried!.change.id).not.toBe(entry.change.id)
    expect(reopened.list()[0]).not.toHaveProperty('failure')
    const removed = await reopened.discard((e) => e.change.id === retried!.change.id)
    expect(removed.map((e) => e.change.id)).toEqual([retried!.change.id])
    expect((await Outbox.open(file)).list()).toEqual([])
  })

  it('tags each change with the account signed in when it was queued, and never coalesces across accounts', async () => {
    const file = await tempFile()
    const outbox = await Outbox.open(file)
    const wulan = { server: 'http://127.0.0.1:8470', login: 'wulan' }
    const bima = { server: 'http://127.0.0.1:8470', login: 'bima' }
    outbox.setAuthor(wulan)
    await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 2, payload: { draft: draft('oleh Wulan') } }, { localRev: 3 })
    outbox.setAuthor(bima)
    await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 2, payload: { draft: draft('oleh Bima') } }, { localRev: 4 })
    await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 2, payload: { draft: draft('oleh Bima lagi') } }, { localRev: 5 })
    const saved = (await Outbox.open(file)).list()
    expect(saved.map((e) => [e.by?.login, e.localRev, e.change.kind === 'article.save' ? e.change.payload.draft.headline : null])).toEqual([
      ['wulan', 3, 'oleh Wulan'],
      ['bima', 5, 'oleh Bima lagi']
    ])
  })

  it('gives changes queued before tagging to the first account that signs in, and no others', async () => {
    const file = await tempFile()
    const legacy = await Outbox.open(file)
    await legacy.enqueue({ kind: 'article.save', articleId: A, baseRev: 1, payload: { draft: draft('lama') } })
    expect(legacy.list()[0]).not.toHaveProperty('by')
    const outbox = await Outbox.open(file)
    const wulan = { server: 'http://127.0.0.1:8470', login: 'wulan' }
    await outbox.claimUntagged(wulan)
    outbox.setAuthor({ server: 'http://127.0.0.1:8470', login: 'bima' })
    await outbox.enqueue({ kind: 'article.save', articleId: B, baseRev: 1, payload: { draft: draft('baru') } })
    await outbox.claimUntagged({ server: 'http://127.0.0.1:8470', login: 'citra' })
    expect((await Outbox.open(file)).list().map((e) => e.by?.login)).toEqual(['wulan', 'bima'])
  })

  it('moves a damaged outbox aside instead of overwriting the unsent work in it', async () => {
    const file = await tempFile()
    const outbox = await Outbox.open(file)
    await outbox.enqueue({ kind: 'article.save', articleId: A, baseRev: 1, payload: { draft: draft('x') } })
    await writeFile(file, '{"schemaVersion":1,"entries":[{"change":')
    const reopened = await Outbox.open(file)
    expect(reopened.size).toBe(0)
    const names = await readdir(join(file, '..'))
    const aside = names.filter((n) => n.startsWith('outbox.json.damaged-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(file, '..', aside[0]!), 'utf8')).toBe('{"schemaVersion":1,"entries":[{"change":')
  })

  it('loses no acknowledged change when its process is killed with SIGKILL mid-write', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const file = await tempFile()
      const acked: string[] = []
      const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'outbox-writer.ts'), file, '3'], { stdio: ['ignore', 'pipe', 'pipe'] })
      let errors = ''
      child.stderr.on('data', (c: Buffer) => (errors += c.toString()))
      const killAt = 20 + trial * 7
      await new Promise<void>((done, reject) => {
        let buffer = ''
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString()
          let nl: number
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const [, , id] = buffer.slice(0, nl).split(' ')
            buffer = buffer.slice(nl + 1)
            acked.push(id!)
            if (acked.length === killAt) child.kill('SIGKILL')
          }
        })
        child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : reject(new Error(`writer exited by itself: ${errors}`))))
      })
      const survived = (await Outbox.open(file)).list().map((e) => e.change.id)
      // Everything acknowledged is there, in order; at most the one in flight at the kill follows.
      expect(survived.slice(0, acked.length)).toEqual(acked)
      expect(survived.length - acked.length).toBeLessThanOrEqual(1)
      expect((await readdir(join(file, '..'))).filter((n) => n.includes('damaged'))).toEqual([])
    }
  }, 120_000)
})
