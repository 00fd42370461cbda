// Pull: the latest state of everything changed since a seq, in seq order, a page at a time. One
// repeatable-read snapshot holds the counter and the rows together, so `last` never runs ahead of
// what the page could see (decision 0020). The stored JSON text goes out as it is: no parse and
// re-serialise of ten thousand articles.
import { inTransaction, type DbPool } from './db'

export async function pullText(pool: DbPool, since: number, limit: number): Promise<string> {
  return inTransaction(pool, async (db) => {
    await db.query('set transaction isolation level repeatable read, read only')
    const { rows: top } = await db.query<{ seq: string }>('select seq from sync_counter')
    const upTo = Number(top[0]!.seq)
    const { rows } = await db.query<{ seq: string; kind: 'article' | 'note'; body: string }>(
      `(select seq, 'article' as kind, content::text as body from articles where seq > $1 and seq <= $2 order by seq limit $3)
       union all
       (select seq, 'note' as kind, note::text as body from notes where seq > $1 and seq <= $2 order by seq limit $3)
       order by seq limit $3`,
      [since, upTo, limit + 1]
    )
    const more = rows.length > limit
    const page = more ? rows.slice(0, limit) : rows
    const last = more ? Number(page[page.length - 1]!.seq) : Math.max(since, upTo)
    const entries = page.map((r) => `{"seq":${Number(r.seq)},"kind":"${r.kind}","${r.kind}":${r.body}}`)
    return `{"entries":[${entries.join(',')}],"last":${last},"more":${more}}`
  })
}
