// The sync.* channels, and the profile channels as a connected store answers them: the account is
// who you are there, so the local profiles are neither listed nor switched to.
import { RedaksiFailure } from '../../shared/result'
import type { Services } from '../services/services'
import type { ArticleStore } from '../store'
import type { Identity } from '../workflow/require-profile'
import { discardChange, resolveConflict, retryChange } from './decisions'
import { accountProfile } from './identity'
import type { SyncHub } from './sync-hub'

// Search, fetch and the scope are archive-services.ts's.
type SyncChannels = Exclude<Extract<keyof Services, `sync.${string}`>, 'sync.search' | 'sync.fetch' | 'sync.scope' | 'sync.setScope'>

export function syncServices(hub: SyncHub, store: ArticleStore, identity: Identity): Pick<Services, SyncChannels> {
  return {
    'sync.status': async () => hub.status(),
    'sync.login': ({ server, login, password }) => hub.login(server, login, password),
    'sync.logout': () => hub.logout(),
    'sync.now': () => hub.syncNow(),
    'sync.conflict': async ({ articleId }) => {
      hub.requireSession()
      const conflict = hub.state.get().conflicts[articleId]
      if (!conflict) throw new RedaksiFailure('sync.no-conflict', { id: articleId })
      return { server: conflict.server, local: (await hub.localArticle(articleId)) ?? conflict.local }
    },
    'sync.resolve': (request) => {
      hub.requireSession()
      return hub.lock.run(() => resolveConflict(hub, store, request.articleId, request, identity.current()?.name ?? 'redaksi'))
    },
    'sync.retry': async ({ changeId }) => {
      hub.requireSession()
      await hub.lock.run(() => retryChange(hub, changeId))
      hub.askAccount()
      return hub.status()
    },
    'sync.discard': async ({ changeId }) => {
      hub.requireSession()
      await hub.lock.run(() => discardChange(hub, changeId))
      hub.askAccount()
      return hub.status()
    }
  }
}

export function connectedProfiles(hub: SyncHub, local: Pick<Services, 'profiles.list' | 'profiles.save' | 'profiles.switch'>): Pick<Services, 'profiles.list' | 'profiles.save' | 'profiles.switch'> {
  const account = () => hub.session.get()?.account ?? null
  const refuse = (login: string): never => {
    throw new RedaksiFailure('sync.account-identity', { login })
  }
  return {
    'profiles.list': async (req) => {
      const signedIn = account()
      if (!signedIn) return local['profiles.list'](req)
      const profile = accountProfile(signedIn)
      return { profiles: [profile], currentId: profile.id }
    },
    'profiles.save': async (req) => {
      const signedIn = account()
      return signedIn ? refuse(signedIn.login) : local['profiles.save'](req)
    },
    'profiles.switch': async (req) => {
      const signedIn = account()
      return signedIn ? refuse(signedIn.login) : local['profiles.switch'](req)
    }
  }
}
