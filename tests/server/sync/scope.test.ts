// A client's part of the archive (decision 0024): each scope and their unions filtered on the
// server from provenance, desks and update times; notes follow their article, old notes included
// when the article comes into the scope; changed articles outside the scope are named as such.
import { beforeAll, describe, expect, it } from 'vitest'
import type { PullResponse } from '../../../src/shared/sync/protocol'
import { http } from '../harness'
import { applied, bearer, make, one, ulid, verdict, type Person } from './desk'
import { useServerDesk } from './server-desk'
import { cleanDraft } from './memory-desk'

const desk = useServerDesk(['ani', 'dewi', 'budi'])
let ani: Person
let dewi: Person
let budi: Person
const ids: Record<string, string> = {}

async function create(who: Person, name: string, section: string, penulis: string[]): Promise<void> {
  ids[name] = ulid()
  applied(await one(desk.url, who, make.create(ids[name]!, cleanDraft({ headline: `Artikel ${name}`, section, penulis }))))
}

beforeAll(async () => {
  ;({ ani, dewi, budi } = desk.people)
  await create(ani, 'A1', 'megapolitan', ['Ani Wulandari'])
  await create(ani, 'A2', 'dunia', ['Ani Wulandari'])
  // Dewi's pieces credit Ani in Penulis: that text never makes them Ani's.
  await create(dewi, 'D1', 'dunia', ['Ani Wulandari'])
  await create(dewi, 'D2', 'olahraga', ['Dewi Lestari'])
  await create(dewi, 'D3', 'nasional', ['Dewi Lestari'])
  await create(budi, 'B1', 'hukum', ['Budi Santoso'])
  // Budi submits Dewi's piece: submitted by him, so it is his too.
  await create(dewi, 'D4', 'ekonomi', ['Dewi Lestari'])
  expect(verdict(await one(desk.url, budi, make.move(ids.D4!, 1, 'submit')))).toBe('applied')
  await one(desk.url, budi, make.note(ids.D1!, ulid(), 'Cek angka korban.'))
  await one(desk.url, budi, make.note(ids.D3!, ulid(), 'Judul terlalu panjang.'))
  // D3 was last touched 40 days ago.
  await desk.pool.query("update articles set updated_at = now() - interval '40 days' where id = $1", [ids.D3])
}, 120_000)
const nameOf = (id: string): string => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id

async function pullScoped(who: Person, query: string, since = 0, limit?: number): Promise<PullResponse> {
  const a = await http(`${desk.url}/v1/pull?since=${since}${limit ? `&limit=${limit}` : ''}${query ? `&${query}` : ''}`, { headers: bearer(who) })
  expect(a.status).toBe(200)
  return a.json as PullResponse
}

/** What one pull from 0 answers, by name: articles inside, notes (by article), and outside ones (`*` = mine). */
async function scoped(who: Person, query: string): Promise<{ articles: string[]; notes: string[]; outside: string[] }> {
  const page = await pullScoped(who, query)
  const out = { articles: [] as string[], notes: [] as string[], outside: [] as string[] }
  for (const e of page.entries) {
    if (e.kind === 'article') out.articles.push(nameOf(e.article.id))
    else if (e.kind === 'note') out.notes.push(nameOf(e.note.articleId))
    else out.outside.push(`${nameOf(e.id)}${e.mine ? '*' : ''}`)
  }
  for (const list of Object.values(out)) list.sort()
  return out
}

describe('a scoped pull', () => {
  it('answers everything, as before, without a scope', async () => {
    expect(await scoped(ani, '')).toEqual({ articles: ['A1', 'A2', 'B1', 'D1', 'D2', 'D3', 'D4'], notes: ['D1', 'D3'], outside: [] })
  })

  it('keeps own pieces by provenance: created or submitted, never by the Penulis text', async () => {
    expect(await scoped(ani, 'own=1')).toEqual({ articles: ['A1', 'A2'], notes: [], outside: ['B1', 'D1', 'D2', 'D3', 'D4'] })
    expect(await scoped(budi, 'own=1')).toEqual({ articles: ['B1', 'D4'], notes: [], outside: ['A1', 'A2', 'D1', 'D2', 'D3'] })
  })

  it('keeps desks, with their notes', async () => {
    expect(await scoped(ani, 'desks=dunia')).toEqual({ articles: ['A2', 'D1'], notes: ['D1'], outside: ['A1*', 'B1', 'D2', 'D3', 'D4'] })
    expect(await scoped(ani, 'desks=dunia,nasional')).toEqual({ articles: ['A2', 'D1', 'D3'], notes: ['D1', 'D3'], outside: ['A1*', 'B1', 'D2', 'D4'] })
  })

  it('keeps the last N days by the server’s update time', async () => {
    expect(await scoped(dewi, 'days=30')).toEqual({ articles: ['A1', 'A2', 'B1', 'D1', 'D2', 'D4'], notes: ['D1'], outside: ['D3*'] })
    expect(await scoped(dewi, 'days=60')).toEqual({ articles: ['A1', 'A2', 'B1', 'D1', 'D2', 'D3', 'D4'], notes: ['D1', 'D3'], outside: [] })
  })

  it('keeps the union of the parts named', async () => {
    expect(await scoped(budi, 'own=1&desks=nasional')).toEqual({ articles: ['B1', 'D3', 'D4'], notes: ['D3'], outside: ['A1', 'A2', 'D1', 'D2'] })
    expect(await scoped(ani, 'own=1&days=30')).toEqual({ articles: ['A1', 'A2', 'B1', 'D1', 'D2', 'D4'], notes: ['D1'], outside: ['D3'] })
    expect(await scoped(dewi, 'desks=hukum&days=30')).toEqual({ articles: ['A1', 'A2', 'B1', 'D1', 'D2', 'D4'], notes: ['D1'], outside: ['D3*'] })
    expect(await scoped(ani, 'own=1&desks=olahraga&days=30')).toEqual({ articles: ['A1', 'A2', 'B1', 'D1', 'D2', 'D4'], notes: ['D1'], outside: ['D3'] })
    expect(await scoped(dewi, 'own=0&desks=olahraga')).toEqual({ articles: ['D2'], notes: [], outside: ['A1', 'A2', 'B1', 'D1*', 'D3*', 'D4*'] })
  })

  it('brings an article’s older notes when it moves into the scope, and never cuts a page between them', async () => {
    const since = (await pullScoped(ani, 'desks=dunia')).last
    const noteId = ulid()
    await one(desk.url, budi, make.note(ids.D2!, noteId, 'Foto belum ada kreditnya.'))
    // The note alone is outside Ani's desks: nothing of it comes.
    const quiet = await pullScoped(ani, 'desks=dunia', since)
    expect(quiet.entries).toEqual([])
    // Dewi moves D2 to dunia: the article comes, and its note made before the move with it.
    applied(await one(desk.url, dewi, make.save(ids.D2!, 1, cleanDraft({ headline: 'Artikel D2', section: 'dunia', penulis: ['Dewi Lestari'] }))))
    const moved = await pullScoped(ani, 'desks=dunia', since, 1)
    expect(moved.entries.map((e) => [e.kind, e.kind === 'note' ? e.note.id : e.kind === 'article' ? nameOf(e.article.id) : e.id])).toEqual([
      ['article', 'D2'],
      ['note', noteId]
    ])
    expect(new Set(moved.entries.map((e) => e.seq)).size).toBe(1)
    // Said conservatively when a seq was taken whole: the next page is empty and says so.
    expect(moved.more).toBe(true)
    expect(await pullScoped(ani, 'desks=dunia', moved.last, 1)).toEqual({ entries: [], last: moved.last, more: false })
    // Moved out again: a client holding it is told it is outside now.
    applied(await one(desk.url, dewi, make.save(ids.D2!, 2, cleanDraft({ headline: 'Artikel D2', section: 'olahraga', penulis: ['Dewi Lestari'] }))))
    const out = await pullScoped(ani, 'desks=dunia', moved.last)
    expect(out.entries.map((e) => (e.kind === 'outside' ? [nameOf(e.id), e.mine] : e.kind))).toEqual([['D2', false]])
  })

  it('pages a scoped pull into exactly what one page answers, in seq order', async () => {
    const query = 'own=1&desks=dunia,nasional&days=30'
    const whole = await pullScoped(ani, query, 0, 1000)
    expect(whole.more).toBe(false)
    const paged: PullResponse['entries'] = []
    let since = 0
    for (let pages = 0; pages < 50; pages++) {
      const page = await pullScoped(ani, query, since, 2)
      paged.push(...page.entries)
      since = page.last
      if (!page.more) break
    }
    const key = (e: PullResponse['entries'][number]): string => `${e.seq}:${e.kind}:${e.kind === 'article' ? e.article.id : e.kind === 'note' ? e.note.id : e.id}`
    expect(paged.map(key)).toEqual(whole.entries.map(key))
    expect(since).toBe(whole.last)
  })

  it('refuses a malformed scope with the request’s issues', async () => {
    const a = await http(`${desk.url}/v1/pull?days=0`, { headers: bearer(ani) })
    expect(a.status).toBe(400)
    const b = await http(`${desk.url}/v1/pull?own=yes`, { headers: bearer(ani) })
    expect(b.status).toBe(400)
  })
})
