// The SQL of sync's writes and reads of articles, provenance and notes; one place for the shapes.
import type { Article } from '../../shared/article'
import { bodyText } from '../../shared/editor/queries'
import type { Note } from '../../shared/workflow'
import type { RevisionReason } from '../../shared/workflow'
import type { Actor } from './actor'
import { SYNC_CHANNEL, type Db } from './db'
import type { StoredNote } from './decide-note'
import type { ProvenanceRow } from './provenance'

export async function lockArticle(db: Db, id: string): Promise<Article | null> {
  const { rows } = await db.query<{ content: Article }>('select content from articles where id = $1 for update', [id])
  return rows[0]?.content ?? null
}

export async function provenanceRows(db: Db, id: string): Promise<ProvenanceRow[]> {
  const { rows } = await db.query<{ rev: number; account_id: string; account_name: string; client_id: string; action: string; body_changed: boolean; status: string }>(
    'select rev, account_id, account_name, client_id, action, body_changed, status from article_provenance where article_id = $1 order by rev',
    [id]
  )
  return rows.map((r) => ({ rev: r.rev, accountId: r.account_id, name: r.account_name, clientId: r.client_id, action: r.action, bodyChanged: r.body_changed, status: r.status }))
}

/** Headlines of the Baca Juga targets, null for a spiked one: what the house-style check needs. */
export async function targetTitles(db: Db, ids: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>()
  if (ids.length === 0) return out
  const { rows } = await db.query<{ id: string; status: string; headline: string }>(
    "select id, status, content->>'headline' as headline from articles where id = any($1::text[])",
    [ids]
  )
  for (const r of rows) out.set(r.id, r.status === 'spiked' ? null : r.headline)
  return out
}

/** The next sequence number. Its row stays locked until commit, so seqs commit in order. */
export async function nextSeq(db: Db): Promise<number> {
  const { rows } = await db.query<{ seq: string }>('update sync_counter set seq = seq + 1 returning seq')
  return Number(rows[0]!.seq)
}

export async function notify(db: Db, seq: number): Promise<void> {
  // Delivered by PostgreSQL when (and only if) this transaction commits.
  await db.query('select pg_notify($1, $2)', [SYNC_CHANNEL, String(seq)])
}

export interface ArticleWrite {
  article: Article
  actor: Actor
  clientId: string
  changeId: string
  action: string
  bodyChanged: boolean
  reason: RevisionReason
  seq: number
}

export async function writeArticle(db: Db, w: ArticleWrite): Promise<void> {
  const { article } = w
  const text = [article.headline, bodyText(article.body)]
  const whole = "setweight(to_tsvector('indonesian', $1), 'A') || setweight(to_tsvector('indonesian', $2), 'B')"
  const headline = "to_tsvector('indonesian', $1)"
  if (article.rev === 1) {
    await db.query(
      `insert into articles (search, headline_search, id, rev, rev_id, status, content, created_by, created_at, updated_at, seq)
       values (${whole}, ${headline}, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11)`,
      [...text, article.id, article.rev, article.revId, article.status, JSON.stringify(article), w.actor.accountId, article.createdAt, article.updatedAt, w.seq]
    )
  } else {
    await db.query(
      `update articles set search = ${whole}, headline_search = ${headline}, rev = $4, rev_id = $5, status = $6, content = $7::jsonb, updated_at = $8, seq = $9 where id = $3`,
      [...text, article.id, article.rev, article.revId, article.status, JSON.stringify(article), article.updatedAt, w.seq]
    )
  }
  await db.query(
    'insert into article_revisions (article_id, rev, rev_id, reason, article, saved_by, saved_at) values ($1, $2, $3, $4, $5::jsonb, $6, $7)',
    [article.id, article.rev, article.revId, w.reason, JSON.stringify(article), w.actor.accountId, article.updatedAt]
  )
  await db.query(
    `insert into article_provenance (article_id, rev, account_id, account_name, client_id, change_id, action, body_changed, status, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [article.id, article.rev, w.actor.accountId, w.actor.name, w.clientId, w.changeId, w.action, w.bodyChanged, article.status, article.updatedAt]
  )
}

export async function loadNote(db: Db, id: string, lock: boolean): Promise<StoredNote | null> {
  const { rows } = await db.query<{ note: Note; author_account: string }>(
    `select note, author_account from notes where id = $1${lock ? ' for update' : ''}`,
    [id]
  )
  const row = rows[0]
  return row ? { note: row.note, authorAccount: row.author_account } : null
}

export async function writeNote(db: Db, note: Note, authorAccount: string, seq: number): Promise<void> {
  await db.query(
    `insert into notes (id, article_id, parent_id, author_account, note, seq) values ($1, $2, $3, $4, $5::jsonb, $6)
     on conflict (id) do update set note = excluded.note, seq = excluded.seq`,
    [note.id, note.articleId, note.parentId, authorAccount, JSON.stringify(note), seq]
  )
}

export async function articleExists(db: Db, id: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from articles where id = $1', [id])
  return rows.length === 1
}
