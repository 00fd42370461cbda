// A real store in a temp folder holding the reference article (imported from the Kompas fixture)
// plus whatever a test adds.
import { join } from 'node:path'
import type { Article, ArticleDraft } from '../../src/shared/article'
import { DEFAULT_SECTIONS } from '../../src/shared/article'
import { parsePlainText } from '../../src/shared/kompas/parse-plain-text'
import { openArticleStore, type ArticleStore } from '../../src/main/store'
import { REFERENCE_TEXT } from '../helpers/reference-article'
import { makeTempDir } from '../helpers/temp-dir'

/** The reference article's text, from the one builder in tests/helpers/reference-article.ts. */
export const FIXTURE_TEXT = REFERENCE_TEXT

export function fixtureDraft(): ArticleDraft {
  const parsed = parsePlainText(FIXTURE_TEXT, { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.draft
}

export interface ExchangeStore {
  store: ArticleStore
  dir: string
  out: string
  dispose(): Promise<void>
}

export async function openExchangeStore(): Promise<ExchangeStore> {
  const temp = await makeTempDir('redaksi-exchange-')
  const store = await openArticleStore(join(temp.path, 'store'))
  return {
    store,
    dir: temp.path,
    out: join(temp.path, 'out'),
    dispose: async () => {
      await store.close()
      await temp.remove()
    }
  }
}

/** Stores a draft and moves it to `status` the way the workflow would. */
export async function storeArticle(store: ArticleStore, draft: ArticleDraft, status: Article['status'] = 'draft'): Promise<Article> {
  const created = await store.create(draft)
  return status === 'draft' ? created : store.setStatus(created.id, created.rev, status, { actor: 'test', action: 'approve' })
}

/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
