// The one way to build the house-style checker's view of the newsroom, used by the editor's panel,
// by main (workflow.check, submit, approve) and by `redaksi check`: each looks the Baca Juga targets
// up its own way (IPC, the store), and all of them judge the answers with the same rules here.
import type { Article } from '../article'
import type { CheckContext, Speller } from './findings'

/** A Baca Juga target that exists: live under its headline, or spiked. A target not found has none. */
export type TargetState = { state: 'live'; headline: string } | { state: 'spiked' }

/** The most Baca Juga targets one `articles.targets` call asks for; a body with more asks in turns. */
export const MAX_TARGETS_ASKED = 200

/** What a stored article is as a Baca Juga target. */
export const targetStateOf = (article: Pick<Article, 'status' | 'headline'>): TargetState =>
  article.status === 'spiked' ? { state: 'spiked' } : { state: 'live', headline: article.headline }

export interface CheckContextOptions {
  headlineLimit: number
  spelling?: Speller
  outlets?: string[]
}

/**
 * `targets` holds every target that was found; one missing from it does not exist. A spiked target
 * exists without a current title, so the rule says "sudah di-spike" rather than "tidak ditemukan":
 * both block, the first tells the writer what happened.
 */
export function buildCheckContext(targets: ReadonlyMap<string, TargetState>, options: CheckContextOptions): CheckContext {
  return {
    articleExists: (id) => targets.has(id),
    currentTitle: (id) => {
      const target = targets.get(id)
      return target?.state === 'live' ? target.headline : null
    },
    headlineLimit: options.headlineLimit,
    ...(options.outlets ? { outlets: options.outlets } : {}),
    ...(options.spelling ? { spelling: options.spelling } : {})
  }
}
