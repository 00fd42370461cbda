import type { ArticleStore } from '../store'
import type { NoteStore } from '../workflow/note-store'
import { requireProfile, type Identity } from '../workflow/require-profile'
import type { Services } from './services'

type NoteChannels = Extract<keyof Services, `notes.${string}`>

export function noteServices(store: ArticleStore, notes: NoteStore, profiles: Identity): Pick<Services, NoteChannels> {
  // Each call first reads the article: a note on an article that does not exist is refused with
  // not-found instead of leaving an orphan file behind.
  return {
    'notes.list': async ({ articleId }) => {
      await store.get(articleId)
      return notes.list(articleId)
    },
    'notes.add': async ({ articleId, body, parentId }) => {
      const profile = requireProfile(profiles)
      await store.get(articleId)
      return notes.add(articleId, profile.name, body, parentId)
    },
    'notes.resolve': async ({ articleId, noteId, resolved }) => {
      const profile = requireProfile(profiles)
      await store.get(articleId)
      return notes.resolve(articleId, noteId, resolved, profile.name)
    }
  }
}
