import { parseArgs } from 'node:util'
import { checkArticle, findingWhere, hasBlocking } from '../../../shared/kompas/check'
import type { CheckContext, Finding } from '../../../shared/kompas/findings'
import { listAllSummaries } from '../../store'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withStore } from '../context'
import { EXIT, UsageError } from '../io'
import { indonesianSpeller } from '../../spelling/indonesian-speller'

interface Checked {
  id: string
  headline: string
  findings: Finding[]
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check articles against the house style',
  help: `redaksi check [--json] ID…

Runs the house-style checker over the articles and prints its findings, blocking ones marked.
Exits with 1 when any finding is blocking (the article could not be submitted), 0 otherwise.

  --json   a JSON array of {id, headline, findings}
${COMMON_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON_OPTIONS, json: { type: 'boolean' } } })
    if (positionals.length === 0) throw new UsageError('name at least one article ID to check')
    const results = await withStore(argv, async (store, settings) => {
      const stored = new Map((await listAllSummaries(store)).map((s) => [s.id, s.headline]))
      const context: CheckContext = {
        articleExists: (id) => stored.has(id),
        currentTitle: (id) => stored.get(id) ?? null,
        headlineLimit: settings.get().headlineLimit,
        spelling: await indonesianSpeller()
      }
      const out: Checked[] = []
      for (const id of positionals) {
        const article = await store.get(id)
        out.push({ id, headline: article.headline, findings: checkArticle(article, context) })
      }
      return out
    })
    if (values.json) io.out(`${JSON.stringify(results, null, 2)}\n`)
    else {
      for (const r of results) {
        io.out(`${r.id}  ${r.headline}\n`)
        if (r.findings.length === 0) io.out('  tidak ada temuan (no findings)\n')
        for (const f of r.findings) io.out(`  ${f.severity === 'blocking' ? 'BLOCKING' : 'warning '}  ${f.rule}  ${findingWhere(f)}: ${f.message}\n`)
      }
    }
    return results.some((r) => hasBlocking(r.findings)) ? EXIT.failed : EXIT.ok
  }
}
