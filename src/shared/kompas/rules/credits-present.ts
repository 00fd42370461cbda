import type { Finding, Rule } from '../findings'

const RULE = 'credits-present'

const named = (names: readonly string[]): boolean => names.some((n) => n.trim() !== '')

/**
 * Penulis and sumber block: a piece without its writer or its source cannot be published under
 * Kompas's name. A missing editor only warns, because approving fills the field in with the
 * approving editor (the four-eyes rule), so a writer could never clear it before submitting.
 */
export const creditsPresent: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article) {
    const out: Finding[] = []
    if (!named(article.penulis)) {
      out.push({
        rule: RULE,
        severity: 'blocking',
        message: 'Penulis belum diisi.',
        messageEn: 'No writer (penulis) is credited.',
        where: { field: 'penulis' }
      })
    }
    if (!named(article.editor)) {
      out.push({
        rule: RULE,
        severity: 'warning',
        message: 'Editor belum diisi; editor yang menyetujui akan tercatat otomatis.',
        messageEn: 'No editor is credited yet; the approving editor will be filled in.',
        where: { field: 'editor' }
      })
    }
    if (!named(article.sumber)) {
      out.push({
        rule: RULE,
        severity: 'blocking',
        message: 'Sumber belum diisi.',
        messageEn: 'No source (sumber) is credited.',
        where: { field: 'sumber' }
      })
    }
    return out
  }
}
