import { bodyAt, topLevelBlocks } from '../../editor/queries'
import type { Finding, Rule } from '../findings'

const RULE = 'dikutip-dari-sumber'

const PHRASE = /(?<!\p{L})dikutip\s+dari\s+/giu
// Where a source's name ends: punctuation that closes the clause, or a word that starts a new one
// ("Dikutip dari Reuters pada Senin", "… The Independent yang …").
const NAME_END = /[,;:()\n]|\.(?=\s|$)|\s+(?:pada|yang|melalui|via|bahwa)(?!\p{L})/u
// "Dikutip dari AP dan Reuters" names two sources.
const AND = /\s+(?:dan|serta)\s+|\s*[&/]\s*/u

/** Case, spacing and a stray trailing comma or period do not make a different source. */
export const normaliseSource = (s: string): string =>
  s
    .replace(/[\s,.;:]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('id-ID')

// Whole words either way: "laman The Independent" is The Independent; "AP" is not in "APBN".
const covers = (named: string, listed: string): boolean =>
  named === listed || ` ${named} `.includes(` ${listed} `) || ` ${listed} `.includes(` ${named} `)

/**
 * Warns when the body quotes a source the Sumber field does not credit; the fix adds it. Not
 * blocking: the phrase is parsed heuristically and the writer may name the source differently.
 */
export const dikutipDariSumber: Rule = {
  id: RULE,
  severity: 'warning',
  check(article) {
    const listed = article.sumber.map(normaliseSource).filter((s) => s !== '')
    const out: Finding[] = []
    for (const block of topLevelBlocks(article.body)) {
      for (const m of block.text.matchAll(PHRASE)) {
        const start = m.index + m[0].length
        const rest = block.text.slice(start)
        const span = rest.slice(0, NAME_END.exec(rest)?.index ?? rest.length)
        let cursor = 0
        for (const part of span.split(AND)) {
          const at = span.indexOf(part, cursor)
          cursor = at + part.length
          const name = part.replace(/[\s,.;:]+$/u, '').trim()
          if (!name) continue
          const from = start + at + part.indexOf(name)
          if (listed.some((s) => covers(normaliseSource(name), s))) continue
          out.push({
            rule: RULE,
            severity: 'warning',
            message: `“Dikutip dari ${name}”: ${name} belum tercantum di Sumber.`,
            messageEn: `“Dikutip dari ${name}”: ${name} is not listed under Sumber.`,
            where: bodyAt(block, from, from + name.length),
            text: name,
            fix: {
              label: `Tambahkan ${name} ke Sumber`,
              labelEn: `Add ${name} to Sumber`,
              patch: { sumber: [...article.sumber.filter((s) => s.trim() !== ''), name] }
            }
          })
        }
      }
    }
    return out
  }
}
