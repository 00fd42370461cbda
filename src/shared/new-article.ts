import { EMPTY_BODY, type ArticleDraft } from './article'
import { DEFAULT_SETTINGS } from './settings'

export interface NewArticleDefaults {
  section: string
  /** The outlet the dateline names, e.g. "KOMPAS.TV"; a newsroom sets it once. */
  outlet: string
}

export const NEWSROOM_DEFAULTS: NewArticleDefaults = { section: 'nasional', outlet: DEFAULT_SETTINGS.outlet }

/** A blank article as a writer starts it: nothing typed yet, the newsroom's defaults filled in. */
export function newArticleDraft(defaults: NewArticleDefaults = NEWSROOM_DEFAULTS): ArticleDraft {
  return {
    headline: '',
    section: defaults.section,
    published: null,
    dateline: { city: '', outlet: defaults.outlet },
    penulis: [],
    editor: [],
    sumber: [],
    featuredImage: null,
    body: EMPTY_BODY,
    tags: []
  }
}
