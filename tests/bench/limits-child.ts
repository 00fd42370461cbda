// One big input in a process of its own, so its peak memory is its own: `node --import tsx
// tests/bench/limits-child.ts <case> [file]` prints one JSON line (outcome, reason, ms, maxRSS).
import { readFile } from 'node:fs/promises'
import { Importer } from '../../src/main/import/importer'
import { indonesianSpeller } from '../../src/main/spelling/indonesian-speller'
import { parseBody } from '../../src/shared/editor/parse-body'
import { BodyHtml } from '../../src/shared/editor/serializers/html'
import { checkArticle } from '../../src/shared/kompas/check'
import { buildCheckContext } from '../../src/shared/kompas/check-context'
import { findingList } from '../../src/shared/kompas/finding-list'
import { formatPlainText } from '../../src/shared/kompas/plain-text'
import { openTestRedaksi } from '../helpers/redaksi'
import { draftWith, largestDraft, worstCheckBody } from '../helpers/largest-articles'

type Outcome = { outcome: 'held' | 'refused'; reason: string }

const bacaJugaBody = (n: number) => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Isi berita.' }] },
    ...Array.from({ length: n }, (_, i) => ({ type: 'bacaJuga', attrs: { articleId: null, title: `Judul terkait ${i}` } }))
  ]
})

const CASES: Record<string, (file: string) => Promise<Outcome>> = {
  /** A file through the CLI's and the desktop's import door, into a real store. */
  import: async (file) => {
    const redaksi = await openTestRedaksi()
    try {
      const [outcome] = await new Importer(redaksi.store).importFiles([file], 'keep-both')
      if (outcome?.kind === 'imported') return { outcome: 'held', reason: `imported, ${outcome.id}` }
      return { outcome: 'refused', reason: outcome?.kind === 'failed' ? outcome.failure.reason : String(outcome?.kind) }
    } finally {
      await redaksi.dispose()
    }
  },
  /** An image through assets.put, the door the editor and the browser host use. */
  image: async (file) => {
    const redaksi = await openTestRedaksi()
    try {
      const base64 = (await readFile(file)).toString('base64')
      const put = await redaksi.dispatch('assets.put', { fileName: 'foto.png', base64 })
      return put.ok ? { outcome: 'held', reason: 'stored' } : { outcome: 'refused', reason: put.error.reason }
    } finally {
      await redaksi.dispose()
    }
  },
  'baca-juga-100': async () => {
    const parsed = parseBody(bacaJugaBody(100))
    if (!parsed.ok) return { outcome: 'refused', reason: parsed.error.reason }
    const html = new BodyHtml().render(parsed.value)
    const findings = checkArticle(draftWith(parsed.value), buildCheckContext(new Map(), { headlineLimit: 90 }))
    return { outcome: 'held', reason: `${html.length} bytes of HTML, ${findings.length} findings` }
  },
  'baca-juga-101': async () => {
    const parsed = parseBody(bacaJugaBody(101))
    return parsed.ok ? { outcome: 'held', reason: 'accepted' } : { outcome: 'refused', reason: parsed.error.reason }
  },
  /** HTML and plain text export of the largest draft the schema accepts (15.6 MB of JSON). */
  'export-largest': async () => {
    const draft = largestDraft()
    const html = new BodyHtml().render(draft.body)
    const text = formatPlainText(draft)
    return { outcome: 'held', reason: `${(html.length / 1e6).toFixed(1)} MB of HTML, ${(text.length / 1e6).toFixed(1)} MB of text` }
  },
  /** The house-style check of the worst body, with the Indonesian dictionary, as workflow.check answers it. */
  'check-worst': async () => {
    const worst = worstCheckBody()
    const context = buildCheckContext(new Map(), { headlineLimit: 90, spelling: await indonesianSpeller() })
    const list = findingList(checkArticle(draftWith(worst.body), context))
    return { outcome: 'held', reason: `${list.findings.length} shown + ${list.more} counted, answer ${Math.round(JSON.stringify(list).length / 1024)} KB` }
  }
}

const [name = '', file = ''] = process.argv.slice(2)
const run = CASES[name]
if (!run) throw new Error(`no case ${name}`)
const started = performance.now()
const result = await run(file).catch((err: unknown) => ({ outcome: 'refused' as const, reason: `threw ${String(err).slice(0, 80)}` }))
process.stdout.write(`${JSON.stringify({ ...result, ms: Math.round(performance.now() - started), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`)
