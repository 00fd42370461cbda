// Sync benchmarks (issue 9), against the real server process(es) and a real PostgreSQL: first
// sync of an archive into an empty client, 50 clients saving once a second through one and
// through two processes, a save on A seen on B, server RSS, archive search. See docs/BENCHMARKS.md.
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import pg from 'pg'
import { PullResponseSchema, type Change, type ChangeResult } from '../../src/shared/sync/protocol'
import { startPostgres, startServer, type TestServer } from '../server/harness'
import { addPerson, make, ulid, type Person } from '../server/sync/desk'
import { listen } from '../server/sync/sse'
import { makeDraft, seededRandom } from './corpus'
import { cpuMs } from './cpu'
import { watchHostSteal } from './host-steal'
import { mb, median, ms, percentile, printTable, timed, type BenchRow } from './stats'

const ARTICLES = Number(process.env.REDAKSI_BENCH_SYNC_ARTICLES ?? 10_000)
const SEARCH_ARTICLES = Number(process.env.REDAKSI_BENCH_SEARCH_ARTICLES ?? 100_000)
const SECONDS = Number(process.env.REDAKSI_BENCH_SYNC_SECONDS ?? 60)
const CLIENTS = 50

async function pushAll(url: string, who: Person, changes: Change[], clientId = `bench-${who.login}`): Promise<ChangeResult[]> {
  const res = await fetch(`${url}/v1/push`, { method: 'POST', headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ clientId, changes }) })
  if (res.status !== 200) throw new Error(`push ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { results: ChangeResult[] }).results
}

const rss = (server: TestServer): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024

async function seed(url: string, writers: Person[], count: number): Promise<number> {
  const rand = seededRandom(9)
  const [, took] = await timed(async () => {
    let made = 0
    while (made < count) {
      // Two pushers at once, as two desks would, 100 articles a push.
      await Promise.all(
        writers.slice(0, 2).map((w) => {
          const batch = Array.from({ length: Math.min(100, count - made) }, () => make.create(ulid(), makeDraft(rand)))
          made += batch.length
          return batch.length ? pushAll(url, w, batch) : Promise.resolve([])
        })
      )
    }
  })
  return took
}

async function firstSync(url: string, who: Person): Promise<{ took: number; articles: number; bytes: number }> {
  let since = 0
  let articles = 0
  let bytes = 0
  const [, took] = await timed(async () => {
    for (;;) {
      const res = await fetch(`${url}/v1/pull?since=${since}&limit=1000`, { headers: { authorization: `Bearer ${who.token}` } })
      const text = await res.text()
      bytes += text.length
      // As the client does: parse and check every entry with the shared schema.
      const page = PullResponseSchema.parse(JSON.parse(text))
      articles += page.entries.length
      since = page.last
      if (!page.more) break
    }
  })
  return { took, articles, bytes }
}

interface Load {
  saves: number
  errors: number
  latencies: number[]
  seconds: number
}

/** Each client saves its own article once a second (random phase) for `seconds`. */
async function load(urls: string[], clients: { who: Person; id: string; rev: number }[], seconds: number): Promise<Load> {
  const rand = seededRandom(50)
  const latencies: number[] = []
  let errors = 0
  const end = Date.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    clients.map(async (c, i) => {
      const url = urls[i % urls.length]!
      await new Promise((r) => setTimeout(r, rand() * 1000))
      let n = 0
      while (Date.now() < end) {
        const due = performance.now() + 1000
        const draft = makeDraft(rand, 300)
        draft.headline = `Berita ${i} versi ${++n}`
        const t = performance.now()
        try {
          const [r] = await pushAll(url, c.who, [make.save(c.id, c.rev, draft)], `bench-client-${i}`)
          latencies.push(performance.now() - t)
          if (r?.status === 'applied' && r.entry.kind === 'article') c.rev = r.entry.article.rev
          else errors++
        } catch {
          errors++
        }
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())))
      }
    })
  )
  return { saves: latencies.length, errors, latencies, seconds: (performance.now() - started) / 1000 }
}

/** A save pushed through A, until B's event stream announces it and B's pull answers it. */
async function aToB(a: TestServer, b: TestServer, writer: Person, reader: Person, id: string, rev: number, samples: number): Promise<number[]> {
  const events = await listen(b.url, reader.token)
  const out: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const t = performance.now()
      const [r] = await pushAll(a.url, writer, [make.save(id, rev, { ...makeDraft(seededRandom(i), 200), headline: `Probe ${i}` })], 'bench-probe')
      if (r?.status !== 'applied') throw new Error(`probe refused: ${JSON.stringify(r)}`)
      rev = r.entry.kind === 'article' ? r.entry.article.rev : rev
      await events.reach(r.entry.seq)
      const page = await fetch(`${b.url}/v1/pull?since=${r.entry.seq - 1}`, { headers: { authorization: `Bearer ${reader.token}` } }).then((x) => x.json() as Promise<{ entries: { seq: number }[] }>)
      if (!page.entries.some((e) => e.seq === r.entry.seq)) throw new Error('B did not have the save')
      out.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 50))
    }
  } finally {
    events.close()
  }
  return out
}

async function grow(pool: pg.Pool, to: number): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('select count(*) as n from articles')
  const have = Number(rows[0]!.n)
  const copies = Math.ceil((to - have) / have)
  const [, took] = await timed(async () => {
    // Copies of the seeded archive under new ids and seqs: search cares about the text, not origin.
    await pool.query(
      `insert into articles (id, rev, rev_id, status, content, created_by, created_at, updated_at, seq, search, headline_search)
       select a.id || '-' || g, a.rev, a.rev_id, a.status, a.content, a.created_by, a.created_at - make_interval(days => g), a.updated_at - make_interval(days => g),
              (select seq from sync_counter) + row_number() over (), a.search, a.headline_search
         from articles a, generate_series(1, $1) g
        limit $2`,
      [copies, to - have]
    )
    await pool.query('update sync_counter set seq = (select max(seq) from articles)')
    await pool.query('analyze articles')
  })
  return took
}

async function searchTimes(url: string, who: Person, terms: string[]): Promise<{ times: number[]; hits: number[] }> {
  const times: number[] = []
  const hits: number[] = []
  for (const q of terms) {
    const t = performance.now()
    const res = await fetch(`${url}/v1/search?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${who.token}` } })
    const body = (await res.json()) as { hits: unknown[] }
    times.push(performance.now() - t)
    hits.push(body.hits.length)
  }
  return { times, hits }
}

/** CPU the server processes and PostgreSQL spend on `work`, per unit of it (wall time waits for shared cores; this does not). */
async function cpuPer<T>(servers: TestServer[], postgresPid: number, units: (out: T) => number, work: () => Promise<T>): Promise<{ out: T; server: number; postgres: number }> {
  const pids = servers.map((s) => s.process.pid!)
  const before = [pids.reduce((n, p) => n + cpuMs([p]), 0), cpuMs([postgresPid])] as const
  const out = await work()
  const n = units(out)
  return { out, server: (pids.reduce((t, p) => t + cpuMs([p]), 0) - before[0]) / n, postgres: (cpuMs([postgresPid]) - before[1]) / n }
}

const cpuText = (c: { server: number; postgres: number }): string => `server ${ms(c.server)} + PostgreSQL ${ms(c.postgres)}`

export async function syncBench(): Promise<BenchRow[]> {
  const loadBefore = loadavg()[0] ?? 0
  const steal = watchHostSteal()
  const db = await startPostgres()
  const quiet = { REDAKSI_LOG_LEVEL: 'warn' }
  const a = await startServer({ databaseUrl: db.url, env: quiet })
  const pool = new pg.Pool({ connectionString: db.url, max: 2 })
  const rows: BenchRow[] = []
  let b: TestServer | undefined
  try {
    const people = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => addPerson(pool, `p${i}`, `Penulis ${i}`, 'penulis')))
    const reader = await addPerson(pool, 'reader', 'Pembaca Arsip', 'editor')
    console.error(`seeding ${ARTICLES} articles through push…`)
    const seeding = await cpuPer([a], db.pid, () => ARTICLES, () => seed(a.url, people, ARTICLES))
    const seeded = seeding.out
    rows.push({ measure: `seed: ${ARTICLES} creates pushed (100 a push, 2 pushers)`, result: `${ms(seeded)} (${Math.round(ARTICLES / (seeded / 1000))} changes/s)` })
    rows.push({ measure: 'seed: CPU per create', result: cpuText(seeding) })

    const first = await firstSync(a.url, reader)
    rows.push({
      measure: `first sync: pull ${first.articles} articles (${mb(first.bytes)}) into an empty client, pages of 1000, schema-checked`,
      result: ms(first.took),
      target: '≤ 15 s',
      ok: first.took <= 15_000 && first.articles === ARTICLES ? 'yes' : 'NO'
    })

    const mine = await Promise.all(people.map(async (who) => ({ who, id: (await pushAll(a.url, who, [make.create(ulid(), makeDraft(seededRandom(1), 300))]).then((r) => (r[0]!.status === 'applied' && r[0]!.entry.kind === 'article' ? r[0]!.entry.article.id : ''))), rev: 1 })))
    console.error(`${CLIENTS} clients saving once a second for ${SECONDS} s through one process…`)
    const oneRun = await cpuPer([a], db.pid, (l: Load) => l.saves, () => load([a.url], mine, SECONDS))
    const one = oneRun.out
    const loadRow = (label: string, l: Load): BenchRow => ({
      measure: `${label}: ${CLIENTS} clients × 1 save/s for ${SECONDS} s`,
      result: `${l.saves} saves, ${(l.saves / l.seconds).toFixed(1)} saves/s, p50 ${ms(median(l.latencies))}, p95 ${ms(percentile(l.latencies, 95))}, ${l.errors} errors`,
      target: '0 errors',
      ok: l.errors === 0 ? 'yes' : 'NO'
    })
    rows.push(loadRow('one process', one))
    rows.push({ measure: 'one process: CPU per save', result: cpuText(oneRun) })
    rows.push({ measure: 'server RSS after the one-process load', result: mb(rss(a)) })

    b = await startServer({ databaseUrl: db.url, env: quiet })
    console.error('…and through two processes on one PostgreSQL')
    const server2 = b
    const twoRun = await cpuPer([a, server2], db.pid, (l: Load) => l.saves, () => load([a.url, server2.url], mine, SECONDS))
    const two = twoRun.out
    rows.push(loadRow('two processes', two))
    rows.push({ measure: 'two processes: CPU per save', result: cpuText(twoRun) })
    rows.push({ measure: 'server RSS after the two-process load (A, B)', result: `${mb(rss(a))}, ${mb(rss(b))}` })

    const probe = mine[0]!
    const seen = await aToB(a, b, probe.who, reader, probe.id, probe.rev, 100)
    rows.push({
      measure: 'a save pushed through A, announced by B (SSE) and pulled from B (100 samples)',
      result: `median ${ms(median(seen))}, p95 ${ms(percentile(seen, 95))}`,
      target: 'p95 ≤ 300 ms',
      ok: percentile(seen, 95) <= 300 ? 'yes' : 'NO'
    })

    console.error(`growing the archive to ${SEARCH_ARTICLES} articles for search…`)
    const grew = await grow(pool, SEARCH_ARTICLES)
    rows.push({ measure: `archive grown to ${SEARCH_ARTICLES} articles (SQL copies)`, result: ms(grew) })
    const rare = ['Jayapura', 'Kupang', 'Ambon', 'Pontianak', 'peretas', 'suporter', 'medali', 'vaksin', 'kemarau', 'nelayan']
    const phrases = ['banjir Jakarta', 'harga beras', 'sidang korupsi', 'gempa Ambon', 'pemilu partai', 'inflasi rupiah', 'pelatih tim nasional', 'kebakaran pasar']
    const terms = Array.from({ length: 200 }, (_, i) => (i % 2 ? rare[i % rare.length]! : phrases[i % phrases.length]!))
    await searchTimes(a.url, reader, terms.slice(0, 20))
    const searched = await cpuPer([a], db.pid, (r: { times: number[] }) => r.times.length, () => searchTimes(a.url, reader, terms))
    const s = searched.out
    rows.push({
      measure: `search over ${SEARCH_ARTICLES} articles: 200 queries (one word, or two ANDed), 20 best by rank`,
      result: `median ${ms(median(s.times))}, p95 ${ms(percentile(s.times, 95))}`,
      target: 'p95 ≤ 50 ms',
      ok: percentile(s.times, 95) <= 50 ? 'yes' : 'NO'
    })
    rows.push({ measure: 'search: CPU per query', result: cpuText(searched) })
    // The machine is shared: every figure above is read against this.
    rows.push({ measure: 'machine during the run', result: `${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}, ${steal()}` })
    printTable('Sync and search (issue 9)', rows)
    return rows
  } finally {
    await pool.end()
    await Promise.all([a.stop(), b?.stop()])
    await db.stop()
  }
}
