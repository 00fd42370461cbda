// The DB step of a push: its changes in order, up to CHANGES_PER_TRANSACTION in one transaction,
// each after a savepoint — claim its id and lock its article (one statement), decide (pure),
// write (one statement) — then the transaction's seqs, records and NOTIFY in one last statement
// (push-commit.ts). A change id seen before answers its first result again (decisions 0022, 0026, 0027).
import { bacaJugaTargets } from '../../shared/editor/queries'
import { issuesFromZod } from '../../shared/request-issues'
import { failure, RedaksiFailure } from '../../shared/result'
import { ChangeSchema, type Change, type ChangeResult } from '../../shared/sync/protocol'
import type { Actor } from './actor'
import { storedAnswers } from './applied'
import { claimAndLockArticle, claimAndReadNote, claimOnly, targetTitles, writeArticle, writeNote, type Claim, type SeqMode } from './article-rows'
import { inTransaction, sqlState, UNIQUE_VIOLATION, type Db, type DbPool } from './db'
import { decideCreate, decideSave } from './decide-article'
import { decideNoteAdd, decideNoteResolve } from './decide-note'
import { decideTransition } from './decide-transition'
import type { ArticleOutcome, DecideContext } from './decision'
import { PushAnswers } from './push-commit'

type Raw = { id: string } & Record<string, unknown>

/**
 * Changes per transaction. Each savepoint that writes is a subtransaction with its own xid, and
 * PostgreSQL's per-backend cache holds 64 of them before every other session's snapshot gets
 * slower; a smaller transaction also holds its article locks for less time.
 */
export const CHANGES_PER_TRANSACTION = 20

/** Deadlock, serialization failure: the transaction was rolled back whole and may run again. */
const RETRY_STATES = new Set(['40P01', '40001', UNIQUE_VIOLATION])
const ATTEMPTS = 3

interface Who {
  actor: Actor
  clientId: string
  ctx: DecideContext
  /** A transaction of one change takes its real seq in its write; several take theirs at the end. */
  seq: SeqMode
}

export async function push(pool: DbPool, actor: Actor, clientId: string, changes: readonly Raw[], ctxOf: () => DecideContext): Promise<ChangeResult[]> {
  // No look-up before the transaction: a fresh change is the common case, and a replayed one
  // meets its committed claim inside (one more statement) and answers what was answered first.
  const answered = new Map<string, ChangeResult>()
  const results: ChangeResult[] = []
  // In order: a client's chain (create, save, submit) must meet the server in the order it was made.
  for (let i = 0; i < changes.length; i += CHANGES_PER_TRANSACTION) {
    const part = changes.slice(i, i + CHANGES_PER_TRANSACTION)
    const fresh = part.filter((c) => !answered.has(c.id))
    if (fresh.length > 0) for (const [id, r] of await transaction(pool, fresh, { actor, clientId, ctx: ctxOf(), seq: fresh.length === 1 ? 'next' : 'pending' })) answered.set(id, r)
    for (const c of part) results.push(answered.get(c.id)!)
  }
  return results
}

async function transaction(pool: DbPool, changes: readonly Raw[], who: Who): Promise<Map<string, ChangeResult>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(pool, async (db) => {
        const answers = new PushAnswers()
        let steps = 0
        for (const raw of changes) if (!answers.has(raw.id)) await step(db, steps++, () => applyOne(db, answers, raw, who))
        return answers.commit(db)
      })
    } catch (err) {
      // Two creates of one article id (or note id) under different change ids, in the first change
      // of a transaction: the loser runs again and meets the winner's row like any later change.
      if (attempt < ATTEMPTS && RETRY_STATES.has(sqlState(err) ?? '')) continue
      throw err
    }
  }
}

/** A change after the first runs behind a savepoint, so a lost race redoes it alone. */
async function step(db: Db, n: number, run: () => Promise<void>): Promise<void> {
  if (n === 0) return run()
  await db.query(n === 1 ? 'savepoint change' : 'release savepoint change; savepoint change')
  try {
    await run()
  } catch (err) {
    if (sqlState(err) !== UNIQUE_VIOLATION) throw err
    await db.query('rollback to savepoint change')
    await run()
  }
}

async function applyOne(db: Db, answers: PushAnswers, raw: Raw, who: Who): Promise<void> {
  const parsed = ChangeSchema.safeParse(raw)
  const claim: Claim = {
    changeId: raw.id,
    accountId: who.actor.accountId,
    clientId: who.clientId,
    kind: parsed.success ? parsed.data.kind : null,
    articleId: parsed.success ? parsed.data.articleId : null
  }
  // The claim comes first: a concurrent push of the same change waits on it, then answers the
  // first one's result instead of applying it a second time.
  const claimedElsewhere = async () => {
    const first = (await storedAnswers(db, [raw.id], who.actor)).get(raw.id)
    // A committed claim always carries its answer; anything else is the server's own fault.
    if (!first) throw new RedaksiFailure('request.internal', { channel: 'POST /v1/push' })
    answers.addForeign(first)
  }
  if (!parsed.success) {
    if (!(await claimOnly(db, claim))) return claimedElsewhere()
    return answers.add({ id: raw.id, status: 'refused', failure: failure('sync.bad-change', { change: raw.id }, { issues: issuesFromZod(parsed.error.issues) }) })
  }
  const change = parsed.data
  if (change.kind === 'note.add' || change.kind === 'note.resolve') return noteChange(db, answers, claim, change, who, claimedElsewhere)
  const read = await claimAndLockArticle(db, claim)
  if (!read.claimed) return claimedElsewhere()
  const current = read.article
  let outcome: ArticleOutcome
  if (change.kind === 'article.create') {
    outcome = current ? { kind: 'refused', failure: failure('sync.article-exists', { id: change.articleId }) } : decideCreate(change, who.actor, who.ctx)
  } else if (!current) {
    outcome = { kind: 'refused', failure: failure('store.article-not-found', { id: change.articleId }) }
  } else {
    // Only submit and approve run the house-style check, which needs the Baca Juga targets.
    const checked = change.kind === 'workflow.transition' && (change.payload.action === 'submit' || change.payload.action === 'approve')
    const targets = checked ? await targetTitles(db, [...new Set(bacaJugaTargets(current.body))]) : new Map<string, string | null>()
    const state = { article: current, rows: read.rows, targets }
    outcome = change.kind === 'article.save' ? decideSave(change, state, who.actor, who.clientId, who.ctx) : decideTransition(change, state, who.actor, who.clientId, who.ctx)
  }
  switch (outcome.kind) {
    case 'refused':
      return answers.add({ id: change.id, status: 'refused', failure: outcome.failure })
    case 'conflict':
      return answers.add({ id: change.id, status: 'conflict', server: outcome.server, failure: outcome.failure })
    case 'unchanged':
      return answers.add({ id: change.id, status: 'applied', entry: { seq: read.seq!, kind: 'article', article: outcome.article } })
    case 'write': {
      const seq = await writeArticle(db, { ...outcome, actor: who.actor, clientId: who.clientId, changeId: change.id }, who.seq)
      return answers.add({ id: change.id, status: 'applied', entry: { seq, kind: 'article', article: outcome.article } }, seq)
    }
  }
}

type NoteChange = Extract<Change, { kind: 'note.add' | 'note.resolve' }>

async function noteChange(db: Db, answers: PushAnswers, claim: Claim, change: NoteChange, who: Who, claimedElsewhere: () => Promise<void>): Promise<void> {
  const parentId = change.kind === 'note.add' ? change.payload.parentId : null
  const read = await claimAndReadNote(db, claim, change.payload.noteId, parentId)
  if (!read.claimed) return claimedElsewhere()
  if (!read.articleExists) return answers.add({ id: change.id, status: 'refused', failure: failure('store.article-not-found', { id: change.articleId }) })
  const outcome =
    change.kind === 'note.add' ? decideNoteAdd(change, read.existing, parentId ? read.parent : null, who.actor, who.ctx) : decideNoteResolve(change, read.existing, who.actor, who.ctx)
  if (outcome.kind === 'refused') return answers.add({ id: change.id, status: 'refused', failure: outcome.failure })
  const seq = await writeNote(db, outcome.note, outcome.authorAccount, change.kind === 'note.add', who.seq)
  answers.add({ id: change.id, status: 'applied', entry: { seq, kind: 'note', note: outcome.note } }, seq)
}
