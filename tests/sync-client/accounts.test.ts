// Two accounts on one data folder: changes queued under one are never pushed under the other. They
// wait, shown in the status under their login, until that account signs in again, or the user
// discards them on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { http } from '../server/harness'
import { bearer, tokenFor } from '../server/helpers'
import { openApp, PASSWORD, readyDraft, signIn, startDesk, type App, type Desk } from './desk'

describe('changes belong to the account that made them', () => {
  let desk: Desk
  let readerToken: string
  const apps: App[] = []
  beforeAll(async () => {
    desk = await startDesk([
      { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
      { login: 'bima', name: 'Bima Putra', role: 'editor' },
      { login: 'citra', name: 'Citra Dewi', role: 'editor' }
    ])
    readerToken = (await tokenFor(desk.server.url, 'citra', PASSWORD)).token
  }, 120_000)
  afterAll(async () => {
    for (const a of apps) await a.close()
    await desk?.stop()
  }, 60_000)

  const onServer = async (id: string): Promise<Article | null> => {
    const answer = await http(`${desk.server.url}/v1/articles/${id}`, { headers: bearer(readerToken) })
    if (answer.status === 404) return null
    expect(answer.status).toBe(200)
    return (answer.json as { article: Article }).article
  }
  const app = async (): Promise<App> => {
    const a = await openApp()
    apps.push(a)
    return a
  }

  it('keeps a signed-out account’s changes for it, sends none under the next account, and sends them when it is back', async () => {
    const a = await app()
    await signIn(a, desk.server.url, 'wulan')
    const mine = await a.call('articles.create', { draft: readyDraft('Kebakaran Pasar Kramat Jati') })
    await a.call('articles.create', { draft: readyDraft('Tawuran Pelajar di Depok') })

    const out = await a.call('sync.logout', {})
    expect(out).toMatchObject({ phase: 'local', waiting: 2, held: [{ server: desk.server.url, login: 'wulan', count: 2 }] })

    await signIn(a, desk.server.url, 'bima')
    const asBima = await a.call('sync.now', {})
    expect(asBima).toMatchObject({ phase: 'synced', waiting: 0, problems: [] })
    expect(asBima.held).toHaveLength(1)
    expect(asBima.held[0]).toMatchObject({ login: 'wulan', count: 2 })
    expect(asBima.held[0]!.changes.map((c) => [c.kind, c.state])).toEqual([
      ['article.create', 'pending'],
      ['article.create', 'pending']
    ])
    // Not sent under Bima, and not queued again for him by the reconcile of his first round.
    expect(await onServer(mine.id)).toBeNull()
    expect(a.redaksi.sync.outbox.list().map((e) => e.by?.login)).toEqual(['wulan', 'wulan'])

    // Bima's own change goes under his name while Wulan's keep waiting.
    const his = await a.call('articles.create', { draft: readyDraft('Rapat Redaksi Pagi') })
    expect(await a.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0, held: [{ login: 'wulan', count: 2 }] })
    expect(await onServer(his.id)).toMatchObject({ history: [{ action: 'create', actor: 'Bima Putra' }] })

    await a.call('sync.logout', {})
    await signIn(a, desk.server.url, 'wulan')
    expect(await a.call('sync.status', {})).toMatchObject({ phase: 'synced', waiting: 0, held: [] })
    expect(await onServer(mine.id)).toMatchObject({ rev: 1, history: [{ action: 'create', actor: 'Wulan Sari' }] })
    expect(a.redaksi.sync.outbox.size).toBe(0)
  }, 90_000)

  it('lets the signed-in account discard another account’s held change on purpose, and only then', async () => {
    const a = await app()
    await signIn(a, desk.server.url, 'wulan')
    const created = await a.call('articles.create', { draft: readyDraft('Jalan Berlubang di Bekasi') })
    await a.call('sync.now', {})
    const synced = await a.call('articles.get', { id: created.id })
    await a.call('articles.save', { id: created.id, rev: synced.rev, draft: readyDraft('Jalan Berlubang di Bekasi Belum Diperbaiki') })
    await a.call('sync.logout', {})

    await signIn(a, desk.server.url, 'bima')
    const status = await a.call('sync.now', {})
    expect(status.held).toHaveLength(1)
    const [held] = status.held[0]!.changes
    expect(held).toMatchObject({ kind: 'article.save', articleId: created.id, state: 'pending' })
    expect((await onServer(created.id))!.headline).toBe('Jalan Berlubang di Bekasi')

    const after = await a.call('sync.discard', { changeId: held!.changeId })
    expect(after).toMatchObject({ phase: 'synced', waiting: 0, held: [] })
    // Discarded means the server's version is the local one again.
    expect((await a.call('articles.get', { id: created.id })).headline).toBe('Jalan Berlubang di Bekasi')
    expect((await onServer(created.id))!.rev).toBe(1)
  }, 90_000)
})
