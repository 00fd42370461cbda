// The SQL of one change inside a push's transaction: one statement claims the change id and reads
// what the decision needs (the article locked, its provenance), one statement writes what was
// decided. In a transaction of several changes, writes carry a pending seq (negative, unique) and
// the real seqs are taken at the end (push-commit.ts); a transaction of one change takes its real
// seq in its write, so its row is written once (decision 0026).
import type { Article } from '../../shared/article'
import { bodyText } from '../../shared/editor/queries'
import type { Note } from '../../shared/workflow'
import type { RevisionReason } from '../../shared/workflow'
import type { Actor } from './actor'
import type { Db } from './db'
import type { StoredNote } from './decide-note'
import type { ProvenanceRow } from './provenance'

/** The applied_changes row a change claims first: a second push of the same id waits on it. */
export interface Claim {
  changeId: string
  accountId: string
  clientId: string
  kind: string | null
  articleId: string | null
}

const CLAIM = `claim as (
  insert into applied_changes (change_id, account_id, client_id, kind, article_id, result) values ($1, $2, $3, $4, $5, 'null'::jsonb)
  on conflict (change_id) do nothing returning 1)`
const claimValues = (c: Claim) => [c.changeId, c.accountId, c.clientId, c.kind, c.articleId]

/** Claims the id alone: for a change that could not be read (refused as malformed). */
export async function claimOnly(db: Db, claim: Claim): Promise<boolean> {
  const { rows } = await db.query<{ claimed: boolean }>(`with ${CLAIM} select exists (select from claim) as claimed`, claimValues(claim))
  return rows[0]!.claimed
}

type ProvenanceJson = { rev: number; accountId: string; name: string; clientId: string; action: string; bodyChanged: boolean; status: string }
const PROVENANCE_JSON = `json_build_object('rev', rev, 'accountId', account_id, 'name', account_name, 'clientId', client_id, 'action', action, 'bodyChanged', body_changed, 'status', status)`

export interface ArticleRead {
  claimed: boolean
  article: Article | null
  seq: number | null
  rows: ProvenanceRow[]
}

export async function claimAndLockArticle(db: Db, claim: Claim): Promise<ArticleRead> {
  const { rows } = await db.query<{ claimed: boolean; content: Article | null; seq: string | null; provenance: ProvenanceJson[] | null }>(
    `with ${CLAIM}, locked as (select content, seq from articles where id = $5 for update)
     select exists (select from claim) as claimed, (select content from locked), (select seq from locked),
            (select json_agg(${PROVENANCE_JSON} order by rev) from article_provenance where article_id = $5) as provenance`,
    claimValues(claim)
  )
  const row = rows[0]!
  const article = row.content
  let provenance: ProvenanceRow[] = row.provenance ?? []
  // Read committed: if the lock waited for another save, the locked row is that save's, but the
  // provenance was read from the statement's older snapshot. One row per revision tells.
  if (article && provenance.at(-1)?.rev !== article.rev) provenance = await provenanceRows(db, article.id)
  return { claimed: row.claimed, article, seq: row.seq === null ? null : Number(row.seq), rows: provenance }
}

export async function provenanceRows(db: Db, id: string): Promise<ProvenanceRow[]> {
  const { rows } = await db.query<{ p: ProvenanceJson }>(`select ${PROVENANCE_JSON} as p from article_provenance where article_id = $1 order by rev`, [id])
  return rows.map((r) => r.p)
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

/**
 * The seq a write stamps: the next real one (the counter's row then stays locked until commit,
 * which only a transaction's last write may do), or a pending one for the end of the transaction.
 */
export type SeqMode = 'next' | 'pending'
const seqExpression = (mode: SeqMode): string => (mode === 'next' ? '(select seq from next_seq)' : "-nextval('sync_pending')")
const withSeq = (mode: SeqMode): string => (mode === 'next' ? 'next_seq as (update sync_counter set seq = seq + 1 returning seq), ' : '')

export interface ArticleWrite {
  article: Article
  actor: Actor
  clientId: string
  changeId: string
  action: string
  bodyChanged: boolean
  reason: RevisionReason
}

/** Writes the article row, its revision and its provenance in one statement; returns the pending seq. */
export async function writeArticle(db: Db, w: ArticleWrite, mode: SeqMode): Promise<number> {
  const { article } = w
  const whole = "setweight(to_tsvector('indonesian', $1), 'A') || setweight(to_tsvector('indonesian', $2), 'B')"
  const headline = "to_tsvector('indonesian', $1)"
  const created = article.rev === 1
  const row = created
    ? `insert into articles (search, headline_search, id, rev, rev_id, status, content, created_by, created_at, updated_at, seq)
       values (${whole}, ${headline}, $3, $4, $5, $6, $7::jsonb, $9, $16, $8, ${seqExpression(mode)}) returning seq`
    : `update articles set search = ${whole}, headline_search = ${headline}, rev = $4, rev_id = $5, status = $6, content = $7::jsonb,
              updated_at = $8, seq = ${seqExpression(mode)} where id = $3 returning seq`
  const { rows } = await db.query<{ seq: string }>(
    `with ${withSeq(mode)}a as (${row}),
     r as (insert into article_revisions (article_id, rev, rev_id, reason, article, saved_by, saved_at) values ($3, $4, $5, $13, $7::jsonb, $9, $8)),
     p as (insert into article_provenance (article_id, rev, account_id, account_name, client_id, change_id, action, body_changed, status, at)
           values ($3, $4, $9, $10, $11, $12, $14, $15, $6, $8))
     select seq from a`,
    [
      ...[article.headline, bodyText(article.body), article.id, article.rev, article.revId, article.status, JSON.stringify(article), article.updatedAt],
      ...[w.actor.accountId, w.actor.name, w.clientId, w.changeId, w.reason, w.action, w.bodyChanged],
      ...(created ? [article.createdAt] : [])
    ]
  )
  return Number(rows[0]!.seq)
}

export interface NoteRead {
  claimed: boolean
  articleExists: boolean
  existing: StoredNote | null
  parent: StoredNote | null
}

/** Claims the change, share-locks the article (it cannot vanish; notes do not wait on saves), locks the note. */
export async function claimAndReadNote(db: Db, claim: Claim, noteId: string, parentId: string | null): Promise<NoteRead> {
  const { rows } = await db.query<{ claimed: boolean; article: boolean; existing: StoredNote | null; parent: StoredNote | null }>(
    `with ${CLAIM}, art as (select 1 from articles where id = $5 for share), mine as (select note, author_account from notes where id = $6 for update)
     select exists (select from claim) as claimed, exists (select from art) as article,
            (select json_build_object('note', note, 'authorAccount', author_account) from mine) as existing,
            (select json_build_object('note', note, 'authorAccount', author_account) from notes where id = $7) as parent`,
    [...claimValues(claim), noteId, parentId]
  )
  const row = rows[0]!
  return { claimed: row.claimed, articleExists: row.article, existing: row.existing, parent: row.parent }
}

/** A new note is inserted (a second insert of its id fails and is retried); a resolve updates. */
export async function writeNote(db: Db, note: Note, authorAccount: string, isNew: boolean, mode: SeqMode): Promise<number> {
  const { rows } = isNew
    ? await db.query<{ seq: string }>(
        `with ${withSeq(mode)}n as (insert into notes (id, article_id, parent_id, author_account, note, seq) values ($1, $2, $3, $4, $5::jsonb, ${seqExpression(mode)}) returning seq) select seq from n`,
        [note.id, note.articleId, note.parentId, authorAccount, JSON.stringify(note)]
      )
    : await db.query<{ seq: string }>(`with ${withSeq(mode)}n as (update notes set note = $2::jsonb, seq = ${seqExpression(mode)} where id = $1 returning seq) select seq from n`, [
        note.id,
        JSON.stringify(note)
      ])
  return Number(rows[0]!.seq)
}
