// The content a crash-trial save writes is a pure function of its token, so the parent can tell
// exactly which save an article file holds.
import type { ArticleDraft } from '../../../src/shared/article'
import { makeDraft, seededRandom } from '../../bench/corpus'

function hashToken(token: string): number {
  let h = 2166136261
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 16777619)
  return h >>> 0
}

export function crashDraft(token: string): ArticleDraft {
  const d = makeDraft(seededRandom(hashToken(token)), 250)
  return { ...d, headline: `Simpan ${token}`, section: 'nasional' }
}

export function tokenOf(headline: string): string | null {
  return headline.startsWith('Simpan ') ? headline.slice('Simpan '.length) : null
}
