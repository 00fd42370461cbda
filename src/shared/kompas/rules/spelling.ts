import type { ArticleDraft } from '../../article'
import { bodyAt, topLevelBlocks } from '../../editor/queries'
import type { Finding, Rule } from '../findings'

const RULE = 'spelling'

/**
 * Unknown words that get a suggested fix. Hunspell takes up to 1.6 s to suggest for one garbled
 * word, so a body of them would hold main for minutes; the first few are the ones read first.
 */
export const MAX_SUGGESTED_WORDS = 10

// Words as a dictionary knows them: letters, with inner hyphens ("kupu-kupu") and apostrophes.
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu

/**
 * Only lower-case words are checked: names of people, places and outlets (Putin, Pyongyang,
 * KCNA) start with a capital in Kompas copy and are not in a general dictionary.
 */
const checkable = (word: string): boolean => !/^\p{Lu}/u.test(word) && word.length > 1

/** The words of a draft the spelling rule will ask about, once each: for a batch lookup. */
export function spellingCandidates(article: Pick<ArticleDraft, 'body'>): string[] {
  const words = new Set<string>()
  for (const block of topLevelBlocks(article.body)) {
    if (block.type === 'bacaJuga') continue
    for (const m of block.text.matchAll(WORD)) if (checkable(m[0])) words.add(m[0])
  }
  return [...words]
}

/**
 * Words of the body the Indonesian dictionary does not know, with its first suggestion as the
 * fix. A warning only: a dictionary lags behind the news (new coinages, regional words). Runs
 * only where the context has a speller; Baca Juga titles are another article's words.
 */
export const spelling: Rule = {
  id: RULE,
  severity: 'warning',
  check(article, context) {
    const speller = context.spelling
    if (!speller) return []
    const out: Finding[] = []
    for (const block of topLevelBlocks(article.body)) {
      if (block.type === 'bacaJuga') continue
      for (const m of block.text.matchAll(WORD)) {
        const word = m[0]
        if (!checkable(word) || speller.isCorrect(word)) continue
        const [suggestion] = out.length < MAX_SUGGESTED_WORDS ? speller.suggest(word) : []
        const end = m.index + word.length
        out.push({
          rule: RULE,
          severity: 'warning',
          message: suggestion ? `“${word}” tidak ada di kamus. Maksudnya “${suggestion}”?` : `“${word}” tidak ada di kamus.`,
          messageEn: suggestion ? `“${word}” is not in the dictionary. Did you mean “${suggestion}”?` : `“${word}” is not in the dictionary.`,
          where: bodyAt(block, m.index, end),
          text: word,
          ...(suggestion
            ? {
                fix: {
                  label: `Ganti dengan “${suggestion}”`,
                  labelEn: `Replace with “${suggestion}”`,
                  replace: { where: bodyAt(block), from: m.index, to: end, text: suggestion }
                }
              }
            : {})
        })
      }
    }
    return out
  }
}
