// Pull: the latest state of everything changed since a seq, in seq order, a page at a time. One
// repeatable-read snapshot holds the counter and the rows together, so `last` never runs ahead of
// what the page could see (decision 0020). The stored JSON text goes out as it is: no parse and
// re-serialise of ten thousand articles. A scoped pull (decision 0024) answers only the client's
// part of the archive, and says which changed articles fell outside it.
import { isWholeArchive, type ArchiveScope } from '../../shared/sync/protocol'
import { inTransaction, type Db, type DbPool } from './db'

/** Who asks, and when: "own pieces" and "the last N days" are judged against these. */
export interface ScopedAsker {
  scope: ArchiveScope
  accountId: string
  now: Date
}

type Row = { seq: string; kind: 'article' | 'note' | 'outside'; body: string }

const DAY_MS = 86_400_000

export async function pullText(pool: DbPool, since: number, limit: number, asker?: ScopedAsker): Promise<string> {
  return inTransaction(pool, async (db) => {
    await db.query('set transaction isolation level repeatable read, read only')
    const { rows: top } = await db.query<{ seq: string }>('select seq from sync_counter')
    const upTo = Number(top[0]!.seq)
    const scoped = asker && !isWholeArchive(asker.scope) ? asker : null
    const read = (from: number, to: number, max: number | null): Promise<Row[]> => (scoped ? scopedRows(db, scoped, from, to, max) : wholeRows(db, from, to, max!))
    const rows = await read(since, upTo, limit + 1)
    const more = rows.length > limit
    let page = more ? rows.slice(0, limit) : rows
    let last = more ? Number(page[page.length - 1]!.seq) : Math.max(since, upTo)
    if (more && scoped) {
      // A scoped page may hold an article and its older notes at one seq: never cut between them,
      // or the next page (since = last) would skip the rest of that seq.
      const cut = Number(rows[limit]!.seq)
      page = page.filter((r) => Number(r.seq) !== cut)
      if (page.length === 0) page = await read(cut - 1, cut, null)
      last = Number(page[page.length - 1]!.seq)
    }
    const entries = page.map(entryText)
    return `{"entries":[${entries.join(',')}],"last":${last},"more":${more}}`
  })
}

function entryText(r: Row): string {
  const seq = Number(r.seq)
  if (r.kind === 'outside') return `{"seq":${seq},"kind":"outside",${r.body.slice(1)}`
  return `{"seq":${seq},"kind":"${r.kind}","${r.kind}":${r.body}}`
}

async function wholeRows(db: Db, since: number, upTo: number, limit: number): Promise<Row[]> {
  const { rows } = await db.query<Row>(
    `(select seq, 'article' as kind, content::text as body from articles where seq > $1 and seq <= $2 order by seq limit $3)
     union all
     (select seq, 'note' as kind, note::text as body from notes where seq > $1 and seq <= $2 order by seq limit $3)
     order by seq limit $3`,
    [since, upTo, limit]
  )
  return rows
}

/**
 * The SQL of "inside the scope" for the article row `a`, as a union of the parts named; `$4` is
 * the account, `$5` the desks, `$6` the oldest update time still inside.
 */
function insideSql(scope: ArchiveScope): string {
  const parts: string[] = []
  if (scope.own === true) parts.push(MINE_SQL)
  if ((scope.desks ?? []).length > 0) parts.push(`(a.content ->> 'section') = any($5::text[])`)
  if (scope.days !== undefined) parts.push('a.updated_at >= $6::timestamptz')
  return `(${parts.join(' or ')})`
}

// Own = created or submitted by the account, from the append-only provenance, never from Penulis.
const MINE_SQL = `(a.created_by = $4::uuid or exists (select 1 from article_provenance p
  where p.article_id = a.id and p.account_id = $4::uuid and p.action in ('submit', 'resubmit')))`

/**
 * One page of a scoped pull. Each part walks an index and stops at the page size: the next `limit`
 * articles by seq (inside or not: those outside become markers), the notes of those inside (their
 * older notes too, at the article's seq), and newer notes of inside articles that did not change.
 * No note of a later article can sort before the page's articles, so the page is exact.
 */
async function scopedRows(db: Db, asker: ScopedAsker, since: number, upTo: number, limit: number | null): Promise<Row[]> {
  const inside = insideSql(asker.scope)
  const cutoff = new Date(asker.now.getTime() - (asker.scope.days ?? 0) * DAY_MS)
  const { rows } = await db.query<Row>(
    `with s as materialized (
       select a.id, a.seq, a.content, ${MINE_SQL} as mine, ${inside} as inside
         from articles a where a.seq > $1 and a.seq <= $2 and $5::text[] is not null and $6::timestamptz is not null
        order by a.seq limit $3::int
     )
     select seq, kind, body from (
       select s.seq, case when s.inside then 'article' else 'outside' end as kind,
              case when s.inside then s.content::text else json_build_object('id', s.id, 'mine', s.mine)::text end as body, 0 as ord, s.id as key
         from s
       union all
       select greatest(n.seq, s.seq), 'note', n.note::text, 1, n.id from s join notes n on n.article_id = s.id where s.inside and n.seq <= $2
       union all
       (select n.seq, 'note', n.note::text, 1, n.id from notes n join articles a on a.id = n.article_id
         where n.seq > $1 and n.seq <= $2 and a.seq <= $1 and ${inside} order by n.seq limit $3::int)
     ) x order by seq, ord, key limit $3::int`,
    [since, upTo, limit, asker.accountId, asker.scope.desks ?? [], cutoff.toISOString()]
  )
  return rows
}
