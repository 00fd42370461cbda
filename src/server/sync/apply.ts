// The DB step of a push: each change in its own transaction — claim its id, lock the article row,
// decide (pure), write, take the next seq, NOTIFY on commit. A change id seen before answers its
// first result again (decision 0020).
import { bacaJugaTargets } from '../../shared/editor/queries'
import { issuesFromZod } from '../../shared/request-issues'
import { failure } from '../../shared/result'
import { ChangeSchema, type Change, type ChangeResult } from '../../shared/sync/protocol'
import type { Actor } from './actor'
import { lockArticle, loadNote, nextSeq, notify, provenanceRows, targetTitles, writeArticle, writeNote } from './article-rows'
import { inTransaction, sqlState, UNIQUE_VIOLATION, type Db, type DbPool } from './db'
import { decideCreate, decideSave } from './decide-article'
import { decideNoteAdd, decideNoteResolve } from './decide-note'
import { decideTransition } from './decide-transition'
import type { ArticleOutcome, DecideContext } from './decision'

type Raw = { id: string } & Record<string, unknown>

export async function push(pool: DbPool, actor: Actor, clientId: string, changes: readonly Raw[], ctxOf: () => DecideContext): Promise<ChangeResult[]> {
  const results: ChangeResult[] = []
  // In order: a client's chain (create, save, submit) must meet the server in the order it was made.
  for (const raw of changes) results.push(await applyOne(pool, actor, clientId, raw, ctxOf))
  return results
}

async function stored(db: Db, id: string, actor: Actor): Promise<ChangeResult | null> {
  const { rows } = await db.query<{ result: ChangeResult; account_id: string }>('select result, account_id from applied_changes where change_id = $1', [id])
  const row = rows[0]
  if (!row) return null
  // Another account's change id is not a way to read its answer, nor to apply it again.
  if (row.account_id !== actor.accountId) return { id, status: 'refused', failure: failure('sync.bad-change', { change: id }) }
  return row.result
}

async function applyOne(pool: DbPool, actor: Actor, clientId: string, raw: Raw, ctxOf: () => DecideContext, retried = false): Promise<ChangeResult> {
  const before = await stored(pool, raw.id, actor)
  if (before) return before
  const parsed = ChangeSchema.safeParse(raw)
  try {
    return await inTransaction(pool, async (db) => {
      // Claiming the id first makes a concurrent push of the same change wait here, then answer
      // the first one's result instead of applying it a second time.
      const kind = parsed.success ? parsed.data.kind : null
      const articleId = parsed.success ? parsed.data.articleId : null
      const claim = await db.query(
        `insert into applied_changes (change_id, account_id, client_id, kind, article_id, result) values ($1, $2, $3, $4, $5, 'null'::jsonb)
         on conflict (change_id) do nothing returning change_id`,
        [raw.id, actor.accountId, clientId, kind, articleId]
      )
      if (claim.rowCount !== 1) return (await stored(db, raw.id, actor))!
      const result: ChangeResult = parsed.success
        ? await decideAndWrite(db, parsed.data, actor, clientId, ctxOf())
        : { id: raw.id, status: 'refused', failure: failure('sync.bad-change', { change: raw.id }, { issues: issuesFromZod(parsed.error.issues) }) }
      const seq = result.status === 'applied' ? result.entry.seq : null
      await db.query('update applied_changes set result = $2::jsonb, seq = $3 where change_id = $1', [raw.id, JSON.stringify(result), seq])
      return result
    })
  } catch (err) {
    // Two creates of one article id (or note id) under different change ids: the loser's insert
    // failed on the key; run it again, and it meets the winner's row like any later change.
    if (!retried && sqlState(err) === UNIQUE_VIOLATION) return applyOne(pool, actor, clientId, raw, ctxOf, true)
    throw err
  }
}

async function decideAndWrite(db: Db, change: Change, actor: Actor, clientId: string, ctx: DecideContext): Promise<ChangeResult> {
  if (change.kind === 'note.add' || change.kind === 'note.resolve') return noteChange(db, change, actor, ctx)
  const current = await lockArticle(db, change.articleId)
  let outcome: ArticleOutcome
  if (change.kind === 'article.create') {
    outcome = current ? { kind: 'refused', failure: failure('sync.article-exists', { id: change.articleId }) } : decideCreate(change, actor, ctx)
  } else if (!current) {
    outcome = { kind: 'refused', failure: failure('store.article-not-found', { id: change.articleId }) }
  } else {
    const rows = await provenanceRows(db, change.articleId)
    const targets = change.kind === 'workflow.transition' ? await targetTitles(db, [...new Set(bacaJugaTargets(current.body))]) : new Map<string, string | null>()
    const state = { article: current, rows, targets }
    outcome = change.kind === 'article.save' ? decideSave(change, state, actor, clientId, ctx) : decideTransition(change, state, actor, clientId, ctx)
  }
  switch (outcome.kind) {
    case 'refused':
      return { id: change.id, status: 'refused', failure: outcome.failure }
    case 'conflict':
      return { id: change.id, status: 'conflict', server: outcome.server, failure: outcome.failure }
    case 'unchanged': {
      const { rows } = await db.query<{ seq: string }>('select seq from articles where id = $1', [change.articleId])
      return { id: change.id, status: 'applied', entry: { seq: Number(rows[0]!.seq), kind: 'article', article: outcome.article } }
    }
    case 'write': {
      const seq = await nextSeq(db)
      await writeArticle(db, { ...outcome, actor, clientId, changeId: change.id, seq })
      await notify(db, seq)
      return { id: change.id, status: 'applied', entry: { seq, kind: 'article', article: outcome.article } }
    }
  }
}

async function noteChange(db: Db, change: Extract<Change, { kind: 'note.add' | 'note.resolve' }>, actor: Actor, ctx: DecideContext): Promise<ChangeResult> {
  // A share lock on the article: it cannot vanish under the note, and notes do not wait on saves.
  const { rows } = await db.query('select 1 from articles where id = $1 for share', [change.articleId])
  if (rows.length === 0) return { id: change.id, status: 'refused', failure: failure('store.article-not-found', { id: change.articleId }) }
  const existing = await loadNote(db, change.payload.noteId, true)
  const outcome =
    change.kind === 'note.add'
      ? decideNoteAdd(change, existing, change.payload.parentId ? await loadNote(db, change.payload.parentId, false) : null, actor, ctx)
      : decideNoteResolve(change, existing, actor, ctx)
  if (outcome.kind === 'refused') return { id: change.id, status: 'refused', failure: outcome.failure }
  const seq = await nextSeq(db)
  await writeNote(db, outcome.note, outcome.authorAccount, seq)
  await notify(db, seq)
  return { id: change.id, status: 'applied', entry: { seq, kind: 'note', note: outcome.note } }
}
