// Search beyond the part of the archive kept here, fetching a server hit, the scope setting, and
// names from the whole newsroom (decisions 0037, 0038). A store that never signed in answers as a
// lone store does: its own hits, the whole-archive scope, its own names.
import type { ArchiveSearch, NameSuggestions, SearchHit } from '../../shared/ipc'
import { failedWith, RedaksiFailure } from '../../shared/result'
import { normalScope, sameScope, type NamesResponse } from '../../shared/sync/protocol'
import type { Services } from '../services/services'
import type { ArticleStore } from '../store'
import { applyFetched } from './apply-pulled'
import { ServerClient } from './server-client'
import type { SyncHub } from './sync-hub'

type ArchiveChannels = 'articles.search' | 'articles.names' | 'sync.search' | 'sync.fetch' | 'sync.scope' | 'sync.setScope'

/** A search or names request waits this long for the server before answering without it. */
const ASK_SERVER_MS = 3000
const MAX_NAMES = 500
/** Every editor that opens asks for names: the server is asked again at most this often. */
const NAMES_FRESH_MS = 60_000

/** The server being out of reach, or not taking this device now: answer without it, no error. */
const UNREACHABLE = ['sync.offline', 'sync.database', 'sync.server-error', 'auth.no-token', 'auth.token-expired', 'auth.token-revoked', 'auth.disabled'] as const

/** Local names first (most used here), then the newsroom's not already among them. */
export function mergeNames(local: NameSuggestions, server: NamesResponse | null): NameSuggestions {
  if (!server) return local
  const merge = (a: string[], b: string[]): string[] => {
    const seen = new Set(a.map((n) => n.toLocaleLowerCase('id')))
    const extra = b.filter((n) => !seen.has(n.toLocaleLowerCase('id')) && seen.add(n.toLocaleLowerCase('id')))
    return [...a, ...extra].slice(0, MAX_NAMES)
  }
  return { penulis: merge(local.penulis, server.penulis), editor: merge(local.editor, server.editor), sumber: merge(local.sumber, server.sumber) }
}

export function archiveServices(hub: SyncHub, store: ArticleStore, local: Pick<Services, 'articles.search' | 'articles.names'>): Pick<Services, ArchiveChannels> {
  const quickClient = (): ServerClient | null => {
    const session = hub.session.get()
    return session ? new ServerClient(session.server, session.token, ASK_SERVER_MS) : null
  }

  const search = async (text: string, limit = 20): Promise<ArchiveSearch> => {
    const hits: SearchHit[] = await local['articles.search']({ text, limit })
    const client = quickClient()
    if (!client) return { hits, server: 'local' }
    if (text.trim() === '') return { hits, server: 'asked' }
    // Known to be offline: do not make the writer wait for a timeout to learn it again.
    if (hub.state.get().offlineSince !== null) return { hits, server: 'skipped' }
    let answer
    try {
      answer = await client.search(text.trim().slice(0, 200), Math.min(limit, 100))
    } catch (err) {
      if (failedWith(err, ...UNREACHABLE)) return { hits, server: 'skipped' }
      throw err
    }
    const shown = new Set(hits.map((h) => h.id))
    for (const { article } of answer.hits) {
      if (shown.has(article.id) || article.status === 'spiked') continue
      shown.add(article.id)
      // A hit this machine keeps but did not rank is local, not a server hit.
      if (await hub.replica.get(article.id)) continue
      hits.push({ ...article, onServer: true })
    }
    return { hits, server: 'asked' }
  }

  const names = async (): Promise<NameSuggestions> => {
    const own = await local['articles.names']({})
    const session = hub.session.get()
    if (!session) return own
    const client = quickClient()!
    const at = hub.archive.namesAt(session.server)
    const fresh = at !== null && Date.now() - at.getTime() < NAMES_FRESH_MS
    if (hub.state.get().offlineSince === null && !fresh) {
      try {
        await hub.archive.setNames(session.server, await client.names(), new Date())
      } catch (err) {
        if (!failedWith(err, ...UNREACHABLE)) throw err
      }
    }
    return mergeNames(own, hub.archive.names(session.server))
  }

  return {
    'articles.search': async ({ text, limit }) => (await search(text, limit)).hits,
    'sync.search': ({ text, limit }) => search(text, limit),
    'articles.names': names,
    'sync.fetch': async ({ id }) => {
      const parts = hub.parts()
      const fetched = await parts.client.article(id)
      // Kept first: a pull between the two must not drop what the writer just opened.
      await hub.archive.keep(id)
      await applyFetched(parts, fetched)
      return store.get(id)
    },
    'sync.scope': async () => hub.archive.scope(),
    'sync.setScope': async (scope) => {
      if (!hub.connected()) throw new RedaksiFailure('sync.not-connected')
      const next = normalScope(scope)
      if (!sameScope(next, hub.archive.scope())) {
        await hub.archive.setScope(next)
        // The next round sees a scope other than the one pulled with and pulls again from 0.
        hub.kick()
      }
      return hub.archive.scope()
    }
  }
}
