// Typing benchmark (issue 4): a 10,000-word article with 20 Baca Juga blocks, opened and typed
// into in headless Chromium through the browser host. See docs/BENCHMARKS.md for the method.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import type { Article, ArticleDraft, BodyNode } from '../../src/shared/article'
import type { RedaksiApi } from '../../src/shared/ipc'
import { makeDraft, seededRandom } from './corpus'
import { median, ms, percentile, printTable, type BenchRow } from './stats'

const root = resolve(import.meta.dirname, '../..')

// The e2e harness starts the browser host and Debian's Chromium. tests/e2e sits outside this
// (composite) tsconfig project, so it is loaded at run time and typed by the part used here.
interface Harness {
  startBrowserHost(): Promise<{ url: string; stop(): Promise<void> }>
  launchChromium(): Promise<Browser>
}
const harnessPath = '../e2e/harness'
const OPEN_RUNS = Number(process.env.REDAKSI_BENCH_OPEN_RUNS ?? 10)
const KEYSTROKES = 200
const TARGETS = 20
const BODY_WORDS = 10_000
const OPEN_TARGET_MS = 300
const FRAME_TARGET_MS = 16
const SEED = 4

// What the typist types: ordinary Indonesian copy, so the keys are letters and spaces as in a day's work.
const PHRASE = 'pemerintah daerah menegaskan bahwa bantuan untuk warga terdampak banjir akan segera disalurkan pekan ini '

// ---- In-page probe -------------------------------------------------------------------------
// The callbacks below run in the page, but this file is checked without the DOM library: these
// are the few DOM members they touch, reached through `globalThis`.
interface ProbeElement {
  getAttribute(name: string): string | null
  querySelector(selector: string): ProbeElement | null
  querySelectorAll(selector: string): { length: number }
  lastElementChild: ProbeElement | null
  tagName: string
  textContent: string | null
}
interface ProbeEvent {
  type: string
  timeStamp: number
  key?: string
}
interface KeySample {
  key: string
  /** Event.timeStamp: when the browser queued the keydown; includes time waiting for a busy main thread. */
  queued: number
  /** performance.now() in the first (capturing) keydown listener. */
  handled: number
  /** The next animation frame's rAF callback (before its style, layout and paint). */
  frame: number
  /** A task queued from that rAF callback: runs once the frame's main-thread work is done. */
  painted: number
}
interface OpenMark {
  start: number
  editable: number
  blocks: number
  painted: number
}
interface ProbeState {
  tail: string
  blockCount: number
  open: OpenMark | null
  keys: KeySample[]
  saves: { kind: string; at: number }[]
  slowEvents: { name: string; duration: number; at: number }[]
  armOpen(start: number): void
  /** Resolvers waiting for the next key's frame (so the driver never presses ahead of the page). */
  waiters: (() => void)[]
}
interface ProbeScope {
  document: ProbeElement
  performance: { now(): number }
  requestAnimationFrame(callback: () => void): number
  setTimeout(callback: () => void, delay: number): unknown
  addEventListener(type: string, listener: (event: ProbeEvent) => void, options: { capture: boolean; once?: boolean }): void
  location: { hash: string }
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void }
  PerformanceObserver: new (callback: (list: { getEntries(): { name: string; duration: number; startTime: number }[] }) => void) => {
    observe(options: object): void
  }
  redaksi: RedaksiApi
  __name?: (f: unknown) => unknown
  __typingProbe?: ProbeState
}

/**
 * Installed before any app script on every page load. It watches the DOM from the first byte and
 * notes when the body editor becomes usable, and it timestamps every keydown and the frame after.
 */
function installProbe(config: { tail: string; blockCount: number }): void {
  const g = globalThis as unknown as ProbeScope
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); the serialised
  // callbacks reach a page that has no such helper.
  g.__name = (f: unknown) => f
  const probe: ProbeState = {
    tail: config.tail,
    blockCount: config.blockCount,
    open: null,
    keys: [],
    saves: [],
    slowEvents: [],
    waiters: [],
    armOpen: (start: number) => {
      const mark: OpenMark = { start, editable: 0, blocks: 0, painted: 0 }
      probe.open = mark
      // A MutationObserver rather than rAF polling: it fires in the same task as the DOM change,
      // so the mark is not rounded up to a frame.
      const check = (): boolean => {
        const editor = g.document.querySelector('.body-editor .ProseMirror')
        if (!editor || editor.getAttribute('contenteditable') !== 'true') return false
        const last = editor.lastElementChild
        if (!mark.editable && last?.tagName === 'P' && (last.textContent ?? '').endsWith(probe.tail)) mark.editable = g.performance.now()
        if (mark.editable && !mark.blocks && editor.querySelectorAll('.baca-juga-block__title').length >= probe.blockCount) mark.blocks = g.performance.now()
        return mark.blocks > 0
      }
      const observer = new g.MutationObserver(() => {
        if (!check()) return
        observer.disconnect()
        // The user sees the editor at the next frame: rAF runs just before it is drawn, and a
        // task queued from there runs after the frame's main-thread work is done.
        g.requestAnimationFrame(() => g.setTimeout(() => (mark.painted = g.performance.now()), 0))
      })
      observer.observe(g.document, { childList: true, subtree: true, attributes: true, characterData: true })
    }
  }
  g.__typingProbe = probe
  // A page load of the article is measured from navigation start (performance.now() = 0).
  if (g.location.hash.startsWith('#/artikel/')) probe.armOpen(0)

  g.addEventListener(
    'keydown',
    (event) => {
      const handled = g.performance.now()
      const sample: KeySample = { key: event.key ?? '', queued: event.timeStamp, handled, frame: 0, painted: 0 }
      g.requestAnimationFrame(() => {
        sample.frame = g.performance.now()
        g.setTimeout(() => {
          sample.painted = g.performance.now()
          probe.keys.push(sample)
          for (const waiter of probe.waiters.splice(0)) waiter()
        }, 0)
      })
    },
    { capture: true }
  )

  // The save indicator's words, as they change: when autosave ran relative to the keys.
  const watchSaves = new g.MutationObserver(() => {
    const indicator = g.document.querySelector('[data-testid="save-indicator"]')
    if (!indicator) return
    const kind = indicator.textContent ?? ''
    if (probe.saves.at(-1)?.kind !== kind) probe.saves.push({ kind, at: g.performance.now() })
  })
  watchSaves.observe(g.document, { childList: true, subtree: true, characterData: true })

  // Chrome's own Event Timing (what INP is built on) as a cross-check: events from input to the
  // next paint that took 16 ms or more (the smallest threshold the API allows).
  try {
    new g.PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.slowEvents.push({ name: e.name, duration: e.duration, at: e.startTime })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  } catch {
    // No Event Timing in this browser: the cross-check row then shows no entries.
  }
}

// ---- Fixture -------------------------------------------------------------------------------
/** 10,000 words in about a hundred paragraphs, a Baca Juga after every 5th, all from a fixed seed. */
function bigDraft(targets: Article[]): ArticleDraft {
  const base = makeDraft(seededRandom(SEED), BODY_WORDS)
  const texts = base.body.content.filter((n) => n.type === 'paragraph').map((n) => n.content?.[0]?.text ?? '')
  // corpus.ts writes 30–60-word paragraphs; news paragraphs of a long piece run longer, so pairs are joined.
  const paragraphs: string[] = []
  for (let i = 0; i < texts.length; i += 2) paragraphs.push(texts.slice(i, i + 2).join(' '))
  const every = Math.floor(paragraphs.length / (targets.length + 1))
  const content: BodyNode[] = []
  paragraphs.forEach((text, i) => {
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] })
    // The last block stays a paragraph: the open measurement waits for its text.
    const target = (i + 1) % every === 0 && i < paragraphs.length - 1 ? targets[(i + 1) / every - 1] : undefined
    if (target) content.push({ type: 'bacaJuga', attrs: { articleId: target.id, title: target.headline } })
  })
  return { ...base, headline: 'Banjir bandang di sepuluh kabupaten: laporan lengkap', dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' }, body: { type: 'doc', content } }
}

async function call<T>(page: Page, fn: (arg: unknown) => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, arg: unknown): Promise<T> {
  const result = await page.evaluate(fn, arg)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
const create = (page: Page, draft: Partial<ArticleDraft>): Promise<Article> =>
  call(page, (d) => (globalThis as unknown as ProbeScope).redaksi.articles.create({ draft: d as Partial<ArticleDraft> }), draft)
const getArticle = (page: Page, id: string): Promise<Article> => call(page, (i) => (globalThis as unknown as ProbeScope).redaksi.articles.get({ id: i as string }), id)

const sleep = (msDelay: number): Promise<void> => new Promise((r) => setTimeout(r, msDelay))

// ---- Measurements --------------------------------------------------------------------------
async function waitOpened(page: Page): Promise<OpenMark> {
  await page.waitForFunction(() => ((globalThis as unknown as ProbeScope).__typingProbe?.open?.painted ?? 0) > 0, undefined, { timeout: 30_000 })
  return page.evaluate(() => (globalThis as unknown as ProbeScope).__typingProbe!.open!)
}

/** Full page load of `#/artikel/<id>`: from navigation start (performance.now() = 0) to the frame after the editor is usable. */
async function coldOpen(page: Page, url: string): Promise<OpenMark> {
  await page.goto('about:blank')
  await page.goto(url)
  return waitOpened(page)
}

/** In-app: from the click on the article's row in the list to the frame after the editor is usable. */
async function warmOpen(page: Page, id: string): Promise<OpenMark> {
  await page.locator(`.article-row[data-article-id="${id}"] a`).waitFor()
  await page.evaluate(() => {
    const g = globalThis as unknown as ProbeScope
    g.addEventListener('click', (event) => g.__typingProbe!.armOpen(event.timeStamp), { capture: true, once: true })
  })
  await page.locator(`.article-row[data-article-id="${id}"] a`).click()
  const mark = await waitOpened(page)
  // Back to the list the way a writer goes back (nothing was changed, so nothing is saved).
  await page.locator('.editor-screen__nav a').click()
  return mark
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * REDAKSI_BENCH_TRACE=<file> writes a DevTools trace of the typing (style, layout, paint, events);
 * REDAKSI_BENCH_PROFILE=<file> a V8 CPU profile of it, with the functions that took the most
 * time on stderr. Both open in Chrome DevTools. Off by default: they slow the page down.
 */
async function startProfiling(page: Page): Promise<() => Promise<void>> {
  const trace = process.env.REDAKSI_BENCH_TRACE
  const profile = process.env.REDAKSI_BENCH_PROFILE
  if (!trace && !profile) return async () => undefined
  const cdp = await page.context().newCDPSession(page)
  const events: unknown[] = []
  if (trace) {
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value))
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] } })
  }
  if (profile) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
  }
  return async () => {
    if (trace) {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
      await cdp.send('Tracing.end')
      await complete
      writeFileSync(trace, JSON.stringify({ traceEvents: events }))
      console.error(`trace of the typing: ${trace}`)
    }
    if (profile) {
      const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
      writeFileSync(profile, JSON.stringify(cpu))
      const self = new Map<number, number>()
      cpu.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000))
      const byFunction = new Map<string, number>()
      for (const node of cpu.nodes) {
        const { functionName, url, lineNumber } = node.callFrame
        const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
        byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0))
      }
      console.error(`CPU profile of the typing: ${profile}; self time per key:`)
      for (const [key, total] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.error(`  ${(total / KEYSTROKES).toFixed(3)} ms  ${key}`)
      }
    }
    await cdp.detach()
  }
}

interface TypingRun {
  samples: KeySample[]
  saves: { kind: string; at: number }[]
  slowEvents: { name: string; duration: number; at: number }[]
  elapsedMs: number
}

/**
 * 200 keys, each pressed only after the frame of the one before has been drawn, so keys never
 * queue behind each other. Between keys, a typist's rhythm: 60–140 ms (a fast typist), which
 * also puts each key at a random point of the frame cycle; pressing the next key as soon as a
 * frame is drawn would instead always land just after a frame and measure the frame interval.
 * After every 40 keys, a pause just past the 800 ms autosave delay, so the next keys land while
 * the 10,000-word body is read, sent and stored.
 */
async function typeKeys(page: Page, seed: number): Promise<TypingRun> {
  const rand = seededRandom(seed)
  const before = await page.evaluate(() => {
    const p = (globalThis as unknown as ProbeScope).__typingProbe!
    p.keys = []
    p.saves = []
    p.slowEvents = []
    return (globalThis as unknown as ProbeScope).performance.now()
  })
  const t = Date.now()
  for (let i = 0; i < KEYSTROKES; i++) {
    const ch = PHRASE[i % PHRASE.length]!
    await page.keyboard.press(ch === ' ' ? 'Space' : ch)
    await page.evaluate(
      (n) =>
        new Promise<void>((done) => {
          const p = (globalThis as unknown as ProbeScope).__typingProbe!
          if (p.keys.length >= n) done()
          else p.waiters.push(done)
        }),
      i + 1
    )
    if ((i + 1) % 40 === 0) await sleep(800 + Math.floor(rand() * 40))
    else await sleep(60 + Math.floor(rand() * 80))
  }
  const elapsedMs = Date.now() - t
  const run = await page.evaluate((since) => {
    const p = (globalThis as unknown as ProbeScope).__typingProbe!
    return { samples: p.keys, saves: p.saves, slowEvents: p.slowEvents.filter((e) => e.at >= since) }
  }, before)
  return { ...run, elapsedMs }
}

function typingRows(run: TypingRun): BenchRow[] {
  // From the moment Chrome took the key to the end of the frame that shows it.
  const total = run.samples.map((s) => s.painted - s.queued)
  const handler = run.samples.map((s) => s.painted - s.handled)
  const p95 = percentile(total, 95)
  // Spans when the indicator said "Menyimpan…": keys that arrived during a save.
  const saving: [number, number][] = []
  run.saves.forEach((s, i) => {
    if (s.kind.startsWith('Menyimpan')) saving.push([s.at, run.saves[i + 1]?.at ?? Infinity])
  })
  const duringSave = run.samples.filter((k) => saving.some(([from, to]) => k.queued >= from && k.queued <= to))
  // Event Timing reports a keydown only when it took ≥ 16 ms to the next paint; unreported ones were faster.
  const keydowns = run.slowEvents.filter((e) => e.name === 'keydown')
  const eventTiming = run.samples.map((k) => keydowns.find((e) => Math.abs(e.at - k.queued) < 1)?.duration ?? 0)
  const label = `key → next frame (${run.samples.length} keys)`
  return [
    { measure: `${label}, median`, result: ms(median(total)) },
    { measure: `${label}, p95`, result: ms(p95), target: `≤ ${FRAME_TARGET_MS} ms`, ok: p95 <= FRAME_TARGET_MS ? 'yes' : 'NO' },
    { measure: `${label}, max`, result: ms(Math.max(...total)) },
    { measure: 'same, from the keydown handler: median / p95', result: `${ms(median(handler))} / ${ms(percentile(handler, 95))}` },
    {
      measure: 'keydown → rAF / rAF → frame done (medians)',
      result: `${ms(median(run.samples.map((s) => s.frame - s.handled)))} / ${ms(median(run.samples.map((s) => s.painted - s.frame)))}`
    },
    {
      measure: 'autosaves during the typing / keys typed while one was in flight',
      result: `${saving.length} / ${duringSave.length}${duringSave.length ? ` (their p95 ${ms(percentile(duringSave.map((k) => k.painted - k.queued), 95))})` : ''}`
    },
    {
      measure: "Chrome Event Timing (to presented frame): keydowns ≥ 16 ms, p95",
      result: `${eventTiming.filter((d) => d > 0).length} of ${eventTiming.length}, p95 ${percentile(eventTiming, 95) > 0 ? `${Math.round(percentile(eventTiming, 95))} ms` : '< 16 ms'}`
    },
    { measure: 'typing time (keys + pauses)', result: `${(run.elapsedMs / 1000).toFixed(1)} s` }
  ]
}

export async function typingBench(): Promise<BenchRow[]> {
  if (!existsSync(resolve(root, 'out/main/browser-host.js'))) {
    console.error('out/ is missing: building the app (npx electron-vite build)…')
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) throw new Error('`npx electron-vite build` failed; the typing benchmark needs out/')
  }
  const { startBrowserHost, launchChromium } = (await import(harnessPath)) as Harness
  const host = await startBrowserHost()
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  // Wall-clock latency depends on whether anything else wants the CPU: say how busy the machine was.
  const loadBefore = loadavg()[0] ?? 0
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(host.url)
    const targets: Article[] = []
    for (let i = 0; i < TARGETS; i++) {
      targets.push(await create(page, { headline: `Laporan terkait nomor ${i + 1}: harga beras dan banjir di daerah`, section: 'nasional' }))
    }
    const draft = bigDraft(targets)
    const big = await create(page, draft)
    const paragraphs = draft.body.content.filter((n) => n.type === 'paragraph')
    const tail = (paragraphs.at(-1)?.content?.[0]?.text ?? '').slice(-40)
    const words = paragraphs.reduce((n, p) => n + (p.content?.[0]?.text ?? '').split(/\s+/).length, 0)
    console.error(`fixture: ${words} words, ${paragraphs.length} paragraphs, ${TARGETS} Baca Juga blocks`)
    await page.addInitScript(installProbe, { tail, blockCount: TARGETS })

    const articleUrl = `${host.url}#/artikel/${big.id}`
    const listUrl = `${host.url}#/`
    // (a) opening the article. One unmeasured load first so the HTTP cache is as warm as Electron's
    // files on disk would be.
    await coldOpen(page, articleUrl)
    const cold: OpenMark[] = []
    for (let i = 0; i < OPEN_RUNS; i++) cold.push(await coldOpen(page, articleUrl))
    await page.goto('about:blank')
    await page.goto(listUrl)
    const warm: OpenMark[] = []
    for (let i = 0; i < OPEN_RUNS + 1; i++) {
      const mark = await warmOpen(page, big.id)
      if (i > 0) warm.push(mark)
    }
    for (const [label, marks] of [
      ['cold (page load of #/artikel/<id>)', cold],
      ['warm (click in the list)', warm]
    ] as const) {
      const painted = marks.map((m) => m.painted - m.start)
      const editable = marks.map((m) => m.editable - m.start)
      const blocks = marks.map((m) => m.blocks - m.start)
      const med = median(painted)
      rows.push({ measure: `open ${label} → editable, frame drawn, median of ${marks.length}`, result: ms(med), target: `≤ ${OPEN_TARGET_MS} ms`, ok: med <= OPEN_TARGET_MS ? 'yes' : 'NO' })
      rows.push({ measure: `open ${label}: max`, result: ms(Math.max(...painted)) })
      rows.push({ measure: `open ${label}: last paragraph editable / all Baca Juga drawn (medians)`, result: `${ms(median(editable))} / ${ms(median(blocks))}` })
    }

    // (b) typing in the middle of the body, autosave on (the app as shipped).
    await page.goto('about:blank')
    await page.goto(articleUrl)
    await waitOpened(page)
    const middle = page.locator('.body-editor .ProseMirror > p').nth(Math.floor(paragraphs.length / 2))
    await middle.scrollIntoViewIfNeeded()
    await middle.click()
    const stopProfiling = await startProfiling(page)
    const typing = await typeKeys(page, SEED + 1)
    await stopProfiling()
    rows.push(...typingRows(typing))

    // The keys must have reached the store through autosave, or the figures measured nothing.
    await page.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor({ timeout: 10_000 })
    const saved = await getArticle(page, big.id)
    if (!JSON.stringify(saved.body.content).includes(PHRASE.repeat(2).slice(0, KEYSTROKES))) throw new Error('the typed text is not in the saved article')
    if (typing.samples.length !== KEYSTROKES) throw new Error('a key got no frame sample')
    rows.push({
      measure: 'machine',
      result: `${cpus().length} cores, ${(await browser.version()) || 'Chromium'}, load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`
    })
  } finally {
    await browser.close()
    await host.stop()
  }
  printTable(`Editor typing: ${BODY_WORDS.toLocaleString('en')} words, ${TARGETS} Baca Juga, headless Chromium`, rows)
  return rows
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await typingBench()
