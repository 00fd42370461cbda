// Every page of the corpus (tests/fixtures/kompas-pages) through the real command line: one
// `redaksi import` child process on a fresh data folder, then `redaksi export --format text`.
// Each stored article must carry every field its expected.json states, and the text export must
// keep at least 99 % of the page's words (kompas-corpus/word-ratio.ts says how they are counted).
// The table printed at the end says, per layout, how many pages import whole.
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleDraft } from '../../src/shared/article'
import { DEFAULT_SETTINGS } from '../../src/shared/settings'
import { openArticleStore } from '../../src/main/store'
import { makeTempDir } from '../helpers/temp-dir'
import { expectedFields, fieldsOf, type ExpectedPage } from './kompas-corpus/expected'
import { sourceWords, wordRatio, words, type WordRatio } from './kompas-corpus/word-ratio'

const root = resolve(import.meta.dirname, '../..')
const CLI = join(root, 'src/main/cli.ts')
const PAGES = join(root, 'tests/fixtures/kompas-pages')
const MIN_RATIO = 0.99

interface Page {
  file: string
  expected: ExpectedPage
  text: string
}

const pages: Page[] = readdirSync(PAGES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    file: join(PAGES, f),
    text: readFileSync(join(PAGES, f), 'utf8'),
    expected: JSON.parse(readFileSync(join(PAGES, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedPage
  }))

interface Result {
  article: ArticleDraft | null
  exported: string | null
  /** What the command line said about the file on stderr, one line each. */
  report: string[]
  labelled: WordRatio | null
  strict: WordRatio | null
}

const run = promisify(execFile)

describe('the Kompas page corpus through `redaksi import`', () => {
  const results = new Map<string, Result>()
  let remove: () => Promise<void> = async () => {}

  const redaksi = async (dataDir: string, ...args: string[]): Promise<{ out: string; err: string }> => {
    // HOME and XDG point into the temp folder so nothing touches a real user's store; the
    // language is the default (Indonesian) whatever the machine's locale.
    const env = { ...process.env, REDAKSI_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', HOME: dataDir, XDG_CONFIG_HOME: dataDir }
    try {
      const r = await run(process.execPath, ['--import', 'tsx', CLI, ...args, '--data-dir', dataDir], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 })
      return { out: r.stdout, err: r.stderr }
    } catch (err) {
      // Exit 1 when a file is refused: its outcome is in the output, checked per file below.
      const e = err as { stdout?: string; stderr?: string; code?: number }
      if (e.code !== 1) throw err
      return { out: e.stdout ?? '', err: e.stderr ?? '' }
    }
  }

  beforeAll(async () => {
    const temp = await makeTempDir('redaksi-corpus-')
    remove = temp.remove
    const imported = await redaksi(temp.path, 'import', '--json', '--on-duplicate', 'keep-both', ...pages.map((p) => p.file))
    const ids = (JSON.parse(imported.out) as { id: string; headline: string }[]).map((a) => a.id)
    const reports = imported.err.split('\n').filter(Boolean)
    const exported = await redaksi(temp.path, 'export', '--format', 'text', '--out', join(temp.path, 'out'), ...ids)
    const texts = exported.out
      .split('\n')
      .filter(Boolean)
      .map((f) => readFileSync(f, 'utf8'))
    const store = await openArticleStore(join(temp.path, 'store'))
    try {
      // Imported files come back in the order given; a refused file names itself on stderr.
      let next = 0
      for (const page of pages) {
        const name = basename(page.file)
        const report = reports.filter((l) => l.includes(name))
        const refused = report.some((l) => !l.startsWith(`${name}: `))
        const article = refused ? null : await store.get(ids[next++]!)
        const exportedText = article ? (texts.find((t) => t.split('\n')[0] === article.headline) ?? null) : null
        const ratio = (labelled: boolean): WordRatio | null => (exportedText === null ? null : wordRatio(sourceWords(page.text, page.expected.noise, labelled), words(exportedText)))
        results.set(name, { article, exported: exportedText, report, labelled: ratio(true), strict: ratio(false) })
      }
      expect(next).toBe(ids.length)
    } finally {
      await store.close()
    }
  }, 120_000)

  afterAll(async () => {
    await remove()
  })

  const whole = (page: Page): boolean => {
    const r = results.get(basename(page.file))!
    if (page.expected.headline === null) return r.article === null && r.report.some((l) => /judul/i.test(l))
    if (!r.article || !r.labelled || r.labelled.ratio < MIN_RATIO) return false
    return JSON.stringify(fieldsOf(r.article)) === JSON.stringify(expectedFields(page.expected, DEFAULT_SETTINGS.outlet))
  }

  it.each(pages.map((p) => [basename(p.file), p] as const))('%s', (name, page) => {
    const r = results.get(name)!
    if (page.expected.headline === null) {
      // A page without its headline is refused, saying so; nothing else is stored for it.
      expect(r.article).toBeNull()
      expect(r.report).toEqual([expect.stringMatching(new RegExp(`${name.replace(/\./g, '\\.')}.*judul`, 'i'))])
      return
    }
    expect(r.article, r.report.join('\n')).not.toBeNull()
    expect(fieldsOf(r.article!)).toEqual(expectedFields(page.expected, DEFAULT_SETTINGS.outlet))
    // The corpus counts words as whitespace-separated tokens of the page without its noise lines.
    const tokens = page.text.split(/\r?\n/).filter((l) => !page.expected.noise.includes(l.trim())).join(' ').split(/\s+/).filter(Boolean)
    expect(tokens).toHaveLength(page.expected.words)
    expect(r.labelled!.ratio, `lost: ${r.labelled!.lost.join(' ')}`).toBeGreaterThanOrEqual(MIN_RATIO)
  })

  it('prints, per layout, how many pages import whole', () => {
    const rows = new Map<string, { files: number; whole: number; minStrict: number; minLabelled: number }>()
    for (const page of pages) {
      const row = rows.get(page.expected.layout) ?? { files: 0, whole: 0, minStrict: 1, minLabelled: 1 }
      const r = results.get(basename(page.file))!
      row.files++
      if (whole(page)) row.whole++
      if (r.strict) row.minStrict = Math.min(row.minStrict, r.strict.ratio)
      if (r.labelled) row.minLabelled = Math.min(row.minLabelled, r.labelled.ratio)
      rows.set(page.expected.layout, row)
    }
    const pct = (n: number): string => `${(n * 100).toFixed(1)} %`
    const table = [
      '| layout | files | import whole | lowest word ratio (labels aside) | lowest word ratio (noise aside only) |',
      '|---|---|---|---|---|',
      ...[...rows].map(([layout, r]) => `| ${layout} | ${r.files} | ${r.whole} | ${pct(r.minLabelled)} | ${pct(r.minStrict)} |`)
    ].join('\n')
    console.log(`Kompas corpus import:\n${table}`)
    expect([...rows.values()].reduce((n, r) => n + r.files, 0)).toBe(pages.length)
  })
})
