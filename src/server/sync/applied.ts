// The idempotency record of applied_changes: a change id → its first answer, kept without the
// article it carried. The article is a reference (article_id, rev) into article_revisions, which
// holds every revision for ever, so a replay rebuilds the answer exactly (decision 0027).
import type { Article } from '../../shared/article'
import { failure } from '../../shared/result'
import type { ChangeResult } from '../../shared/sync/protocol'
import type { Actor } from './actor'
import type { Db } from './db'

type Applied = Extract<ChangeResult, { status: 'applied' }>
type NoteEntry = Extract<Applied['entry'], { kind: 'note' }>

/** What applied_changes.result holds: the answer without its seq and without any article. */
export type StoredAnswer =
  | { id: string; status: 'applied'; entry: { kind: 'article' } | Omit<NoteEntry, 'seq'> }
  | Extract<ChangeResult, { status: 'refused' }>
  | Omit<Extract<ChangeResult, { status: 'conflict' }>, 'server'>

export interface StoredRecord {
  answer: StoredAnswer
  /** The revision of the change's article that the answer carries (applied article, or conflict). */
  rev: number | null
  seq: number | null
}

/** Splits an answer into what is stored and the reference to the article it carries. */
export function recordOf(result: ChangeResult): StoredRecord {
  switch (result.status) {
    case 'refused':
      return { answer: result, rev: null, seq: null }
    case 'conflict': {
      const { server, ...rest } = result
      return { answer: rest, rev: server.rev, seq: null }
    }
    case 'applied': {
      const { entry } = result
      if (entry.kind === 'article') return { answer: { id: result.id, status: 'applied', entry: { kind: 'article' } }, rev: entry.article.rev, seq: entry.seq }
      const { seq, ...note } = entry
      return { answer: { id: result.id, status: 'applied', entry: note }, rev: null, seq }
    }
  }
}

/** The answer again, from what was stored and the revision it refers to. */
export function answerOf(answer: StoredAnswer, seq: number | null, article: Article | null): ChangeResult {
  if (answer.status === 'refused') return answer
  if (answer.status === 'conflict') return { ...answer, server: article! }
  const entry = answer.entry.kind === 'article' ? { seq: seq!, kind: 'article' as const, article: article! } : { ...answer.entry, seq: seq! }
  return { id: answer.id, status: 'applied', entry }
}

interface Row {
  change_id: string
  account_id: string
  result: StoredAnswer
  seq: string | null
  article: Article | null
}

/**
 * The first answers of those ids that were answered before, rebuilt. Another account's change id
 * is refused, not answered: ids are not a way to read someone else's results, nor to apply them.
 */
export async function storedAnswers(db: Db, ids: readonly string[], actor: Actor): Promise<Map<string, ChangeResult>> {
  const out = new Map<string, ChangeResult>()
  if (ids.length === 0) return out
  const { rows } = await db.query<Row>(
    `select c.change_id, c.account_id, c.result, c.seq, r.article
       from applied_changes c left join article_revisions r on r.article_id = c.article_id and r.rev = c.rev
      where c.change_id = any($1::text[]) and c.result <> 'null'::jsonb`,
    [ids]
  )
  for (const row of rows) {
    const refusal: ChangeResult = { id: row.change_id, status: 'refused', failure: failure('sync.bad-change', { change: row.change_id }) }
    out.set(row.change_id, row.account_id === actor.accountId ? answerOf(row.result, row.seq === null ? null : Number(row.seq), row.article) : refusal)
  }
  return out
}
