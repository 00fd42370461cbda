// Every change the user makes while connected goes to the local store first (the services, as
// without a server) and then into the outbox, before the call answers: a change the app
// acknowledged is on disk twice over, in the store and in the queue that will carry it.
import type { Article } from '../../shared/article'
import type { WorkflowAction } from '../../shared/workflow'
import type { Services } from '../services/services'
import type { WriteQueue } from '../files'
import { articleOf } from './change'
import type { Outbox } from './outbox'
import { draftOf, type ReplicaStore } from './replica-store'
import type { SyncStateFile } from './sync-state-file'
import type { NoteIntent } from '../workflow/note-store'
import { dropUnsent } from './discard-unsent'

export interface RecorderParts {
  outbox: Outbox
  state: SyncStateFile
  replica: ReplicaStore
  store: { get(id: string): Promise<Article> }
  connected(): boolean
  /** The lock sync applies server versions under (SyncParts.lock). */
  lock: WriteQueue
}

type Recorded = Pick<
  Services,
  | 'articles.create'
  | 'articles.save'
  | 'articles.restoreRevision'
  | 'articles.spike'
  | 'articles.discardEmpty'
  | 'workflow.transition'
  | 'notes.add'
  | 'notes.resolve'
  | 'assets.put'
  | 'import.text'
  | 'import.bundle'
>

/**
 * Test-only: the crash tests (tests/sync-client/reconcile.test.ts) kill the process here, after the
 * store has the change and before the outbox does, to prove reconcile.ts closes that gap. Nothing
 * sets this variable outside those tests.
 */
function crashPointForTests(): void {
  if (process.env.REDAKSI_TEST_KILL_BEFORE_QUEUE === '1') process.kill(process.pid, 'SIGKILL')
}

/** Test-only, as above: a note is queued first (write-ahead), so the kill lands after the queue and before the note file. */
function noteCrashPointForTests(): void {
  if (process.env.REDAKSI_TEST_KILL_BEFORE_NOTE_WRITE === '1') process.kill(process.pid, 'SIGKILL')
}

export function recorder(parts: RecorderParts) {
  const { outbox, state } = parts
  const createQueued = (serverId: string): boolean =>
    outbox.list().some((e) => articleOf(e.change) === serverId && e.change.kind === 'article.create')

  /**
   * The server rev a change on this article builds on. An article the server has never seen (made
   * before connecting, or imported) is queued as a create first; what follows builds on its rev 1.
   */
  const baseFor = async (local: Article): Promise<number> => {
    const known = state.replica(local.id)
    if (known) return known.serverRev
    if (!createQueued(local.id)) await outbox.enqueue({ kind: 'article.create', articleId: local.id, baseRev: null, payload: { draft: draftOf(local) } }, { localRev: local.rev })
    return 1
  }

  const saved = async (article: Article): Promise<Article> => {
    if (!parts.connected()) return article
    crashPointForTests()
    const localRev = article.rev
    if (!state.replica(article.id) && !createQueued(article.id)) {
      await outbox.enqueue({ kind: 'article.create', articleId: article.id, baseRev: null, payload: { draft: draftOf(article) } }, { localRev })
    } else {
      // Coalesces into a queued save (or create) the server has not seen yet.
      await outbox.enqueue({ kind: 'article.save', articleId: article.id, baseRev: await baseFor(article), payload: { draft: draftOf(article) } }, { localRev })
    }
    return article
  }

  const moved = async (article: Article, action: WorkflowAction, note?: string, overrideWarnings?: boolean): Promise<Article> => {
    if (!parts.connected()) return article
    crashPointForTests()
    const baseRev = await baseFor(article)
    const payload = { action, ...(note === undefined ? {} : { note }), ...(overrideWarnings === undefined ? {} : { overrideWarnings }) }
    await outbox.enqueue({ kind: 'workflow.transition', articleId: article.id, baseRev, payload }, { localRev: article.rev })
    return article
  }

  /**
   * A note change is queued before the note store writes it (NoteStore.setIntent): notes have no
   * rev for reconcile to compare, so write-ahead is what closes their crash gap. If the local write
   * then fails, the queued change is taken back.
   */
  const noteIntent: NoteIntent = async ({ kind, note }) => {
    if (!parts.connected()) return undefined
    const article = await parts.store.get(note.articleId)
    await baseFor(article)
    const articleId = note.articleId
    // A note leaves the article's rev as it is: stamped with it, it vouches for no newer text.
    const meta = { localRev: article.rev }
    const entry =
      kind === 'add'
        ? await outbox.enqueue({ kind: 'note.add', articleId, baseRev: null, payload: { noteId: note.id, body: note.body, parentId: note.parentId } }, meta)
        : await outbox.enqueue({ kind: 'note.resolve', articleId, baseRev: null, payload: { noteId: note.id, resolved: note.resolved } }, meta)
    noteCrashPointForTests()
    return async () => void (await outbox.discard((e) => e.change.id === entry.change.id))
  }

  const imported = async <T extends { kind: string }>(outcomes: T[]): Promise<T[]> => {
    for (const o of outcomes) {
      const id = (o as { id?: unknown }).id
      if (o.kind === 'imported' && typeof id === 'string') await saved(await parts.store.get(id))
    }
    return outcomes
  }

  return {
    baseFor,
    noteIntent,
    /** The same services, with each change also queued for the server while one is connected. */
    wrap(services: Services): Recorded {
      const locked = <Req, Res>(work: (req: Req) => Promise<Res>) => (req: Req): Promise<Res> => parts.lock.run(() => work(req))
      return {
        'articles.create': locked(async (req) => saved(await services['articles.create'](req))),
        'articles.save': locked(async (req) => saved(await services['articles.save'](req))),
        'articles.restoreRevision': locked(async (req) => saved(await services['articles.restoreRevision'](req))),
        'articles.spike': locked(async (req) => moved(await services['articles.spike'](req), 'spike')),
        'articles.discardEmpty': locked(async (req) => {
          await dropUnsent({ outbox, state, store: parts.store }, req.id, req.rev)
          return services['articles.discardEmpty'](req)
        }),
        'workflow.transition': locked(async (req) => moved(await services['workflow.transition'](req), req.action, req.note, req.overrideWarnings)),
        // Queued by noteIntent, inside the note store's write; locked like every other change.
        'notes.add': locked((req) => services['notes.add'](req)),
        'notes.resolve': locked((req) => services['notes.resolve'](req)),
        'assets.put': async (req) => {
          const result = await services['assets.put'](req)
          if (parts.connected()) await outbox.enqueue({ kind: 'asset.put', asset: result.asset })
          return result
        },
        'import.text': locked(async (req) => (await imported([await services['import.text'](req)]))[0]!),
        'import.bundle': locked(async (req) => (await imported([await services['import.bundle'](req)]))[0]!)
      }
    }
  }
}
