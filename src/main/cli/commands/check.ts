import { parseArgs } from 'node:util'
import { hasBlocking, checkArticle } from '../../../shared/kompas/check'
import type { Finding } from '../../../shared/kompas/findings'
import { cli } from '../../../shared/i18n/cli'
import { review } from '../../../shared/i18n/review'
import type { Location } from '../../../shared/location'
import { RedaksiFailure } from '../../../shared/result'
import { requireArticles } from '../../export/require-articles'
import { checkContextFor } from '../../workflow/check-context'
import type { Command } from '../command'
import { COMMON_OPTIONS, withStore } from '../context'
import { EXIT, fill, type Language } from '../io'
import { parseOptions } from '../parse-options'

interface Checked {
  id: string
  headline: string
  findings: Finding[]
}

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' } } as const

/** Where a finding is, in the reader's words (the same labels the review desk shows). */
function whereText(language: Language, where: Location): string {
  const words = review[language].where
  if (where.field === 'body') {
    const template = (words as Record<string, unknown>)[where.node]
    return typeof template === 'string' ? fill(template, { count: where.ordinal }) : `${where.node} ${where.ordinal}`
  }
  if (where.field === 'featuredImage.alt') return words.featuredImage.alt
  if (where.field === 'featuredImage.caption') return words.featuredImage.caption
  if (where.field === 'featuredImage.credit') return words.featuredImage.credit
  const label = (words as Record<string, unknown>)[where.field]
  return typeof label === 'string' ? label : where.field
}

export const checkCommand: Command = {
  name: 'check',
  async run(argv, io, language) {
    const { values, positionals } = parseOptions(argv, OPTIONS, () => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }))
    if (positionals.length === 0) throw new RedaksiFailure('cli.no-ids')
    // The same context main builds for workflow.check and submit, so the verdicts agree.
    const results = await withStore({ argv, io, language }, async (store, settings) => {
      await requireArticles(store, positionals)
      const out: Checked[] = []
      for (const id of positionals) {
        const article = await store.get(id)
        out.push({ id, headline: article.headline, findings: checkArticle(article, await checkContextFor(store, article, settings.get().headlineLimit)) })
      }
      return out
    })
    const words = cli[language]
    if (values.json) io.out(`${JSON.stringify(results, null, 2)}\n`)
    else {
      const width = Math.max(words.blocking.length, words.warning.length)
      for (const r of results) {
        io.out(`${r.id}  ${r.headline}\n`)
        if (r.findings.length === 0) io.out(`  ${words.noFindings}\n`)
        for (const f of r.findings) {
          const label = (f.severity === 'blocking' ? words.blocking : words.warning).padEnd(width)
          io.out(`  ${label}  ${f.rule}  ${whereText(language, f.where)}: ${language === 'en' ? f.messageEn : f.message}\n`)
        }
      }
    }
    return results.some((r) => hasBlocking(r.findings)) ? EXIT.failed : EXIT.ok
  }
}
