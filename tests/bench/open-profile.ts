// Where the time of opening the typing benchmark's article goes (issue 14): a DevTools trace of
// one cold page load and one open from the list, summarised on stderr. Not a benchmark (no
// targets): `npx tsx tests/bench/open-profile.ts` after `npx electron-vite build`.
// REDAKSI_OPEN_TRACE=<prefix> also writes the traces (<prefix>-cold.json, <prefix>-warm.json).
import { writeFileSync } from 'node:fs'
import type { Browser, CDPSession } from 'playwright-core'
import { coldOpen, storeBenchArticle, warmOpen } from './typing-article'
import type { OpenMark } from './typing-probe'

interface Harness {
  startBrowserHost(): Promise<{ url: string; stop(): Promise<void> }>
  launchChromium(): Promise<Browser>
}
interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time of the event, where the trace has it. */
  tdur?: number
  tid: number
  pid: number
  args?: { data?: { url?: string; functionName?: string; frame?: string } ; name?: string }
}

// tests/e2e sits outside this tsconfig project, so the harness is loaded at run time.
const harnessPath = '../e2e/harness'
const RUNS = Number(process.env.REDAKSI_OPEN_RUNS ?? 5)

interface Traced {
  result: OpenMark
  events: TraceEvent[]
  /** The page's performance.now() at the trace's `open-profile:now` mark. */
  clock: number
}

async function traced(cdp: CDPSession, run: () => Promise<OpenMark>): Promise<Traced> {
  const events: TraceEvent[] = []
  const collect = (e: { value: unknown[] }): void => void events.push(...(e.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', collect)
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading'] }
  })
  const cpu = process.env.REDAKSI_OPEN_CPU === '1'
  if (cpu) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
  }
  const result = await run()
  if (cpu) {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    if (process.env.REDAKSI_OPEN_TRACE) writeFileSync(`${process.env.REDAKSI_OPEN_TRACE}-${Date.now()}.cpuprofile`, JSON.stringify(profile))
    topFunctions(profile)
  }
  // A mark and the page's clock read together: how the trace's clock maps to performance.now().
  const { result: now } = (await cdp.send('Runtime.evaluate', { expression: `performance.mark('open-profile:now'), performance.now()`, returnByValue: true })) as { result: { value: number } }
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.end')
  await complete
  cdp.off('Tracing.dataCollected', collect)
  return { result, events, clock: now.value }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

/** Self and total time per function of a CPU profile, the heaviest first. */
function topFunctions(cpu: CpuProfile): void {
  const self = new Map<number, number>()
  cpu.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000))
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (id: number): string => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
  }
  const selfBy = new Map<string, number>()
  const totalBy = new Map<string, number>()
  for (const [id, t] of self) {
    selfBy.set(name(id), (selfBy.get(name(id)) ?? 0) + t)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(at)
      if (seen.has(key)) continue
      seen.add(key)
      totalBy.set(key, (totalBy.get(key) ?? 0) + t)
    }
  }
  const show = (label: string, m: Map<string, number>, n: number): void => {
    console.error(`  ${label}:`)
    for (const [key, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.error(`    ${t.toFixed(1).padStart(7)} ms  ${key}`)
  }
  show('self time', selfBy, 25)
  show('total time', totalBy, 45)
}

/** Main-thread time by kind of top-level work, within [from, to] on the page's clock (µs in the trace). */
function summarise(label: string, events: TraceEvent[], mark: OpenMark, originTs: number, detail = true): { busy: number; cpu: number } | undefined {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((t) => t.pid === e.pid && t.name === 'RunTask'))
  if (!main) {
    console.error(`${label}: no renderer main thread in the trace`)
    return undefined
  }
  const from = originTs + mark.start * 1000
  const to = originTs + mark.painted * 1000
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts <= to)
  const tasks = onMain.filter((e) => e.name === 'RunTask')
  const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000
  const cpu = tasks.reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000
  if (!detail) return { busy, cpu }
  const byKind = new Map<string, number>()
  for (const e of onMain) {
    if (!['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND_MARKING', 'ParseAuthorStyleSheet', 'XHRReadyStateChange', 'v8.parseOnBackground', 'ResourceReceivedData'].includes(e.name)) continue
    const where = e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''
    const key = `${e.name}${e.name === 'FunctionCall' ? '' : where}`
    byKind.set(key, (byKind.get(key) ?? 0) + (e.dur ?? 0) / 1000)
  }
  console.error(`${label}: editable ${(mark.editable - mark.start).toFixed(1)} / blocks ${(mark.blocks - mark.start).toFixed(1)} / painted ${(mark.painted - mark.start).toFixed(1)} ms; main thread busy ${busy.toFixed(1)} ms, of it on the CPU ${cpu.toFixed(1)} ms`)
  for (const [key, total] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.error(`  ${total.toFixed(1).padStart(7)} ms  ${key}`)
  // The requests the open made (the bridge's calls are /api/<channel>), when sent.
  const sent = events.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= from && e.ts <= to)
  console.error(`  requests: ${sent.map((e) => `${e.args?.data?.url?.split('/').pop()}@${((e.ts - originTs) / 1000).toFixed(0)}`).join(' ')}`)
  // A timeline of the long tasks, so gaps (waiting on the network or the bridge) show.
  const editableTs = originTs + mark.editable * 1000
  for (const task of onMain.filter((e) => e.name === 'RunTask' && ((e.dur ?? 0) > 3000 || (e.ts + (e.dur ?? 0) >= editableTs && (e.dur ?? 0) > 500)))) {
    const within = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && e.name !== 'RunTask').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    const inner = within[0]
    console.error(`  task at ${((task.ts - originTs) / 1000).toFixed(1)} ms, ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${inner?.name ?? ''} ${inner?.args?.data?.url?.split('/').pop() ?? inner?.args?.data?.functionName ?? ''}${task.ts + (task.dur ?? 0) >= editableTs ? ` [${within.slice(0, 6).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}]` : ''}`)
  }
  return { busy, cpu }
}

/** The trace's timestamp of the page's performance.now() = 0, from the mark traced() set. */
function markOrigin({ events, clock }: Traced): number {
  const at = events.filter((e) => e.name === 'open-profile:now').at(-1)
  return at ? at.ts - clock * 1000 : 0
}

async function main(): Promise<void> {
  const { startBrowserHost, launchChromium } = (await import(harnessPath)) as Harness
  const host = await startBrowserHost()
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(host.url)
    const { article: big } = await storeBenchArticle(page)
    const url = `${host.url}#/artikel/${big.id}`
    const cdp = await page.context().newCDPSession(page)
    const med = (xs: number[]): string => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0).toFixed(1)
    const series = async (label: string, open: () => Promise<OpenMark>): Promise<Traced> => {
      await open()
      const runs: { mark: OpenMark; busy: number; cpu: number }[] = []
      let last: Traced | null = null
      for (let i = 0; i < RUNS; i++) {
        last = await traced(cdp, open)
        const spent = summarise(label, last.events, last.result, markOrigin(last), false)
        if (spent) runs.push({ mark: last.result, ...spent })
      }
      const f = (k: keyof OpenMark): string => med(runs.map((r) => r.mark[k] - r.mark.start))
      console.error(`${label} ×${runs.length} medians: editable ${f('editable')} / blocks ${f('blocks')} / painted ${f('painted')} ms; main thread busy ${med(runs.map((r) => r.busy))} ms, on the CPU ${med(runs.map((r) => r.cpu))} ms`)
      return last!
    }
    const coldTrace = await series('cold', () => coldOpen(page, url))
    await page.goto('about:blank')
    await page.goto(`${host.url}#/`)
    const warmTrace = await series('warm', () => warmOpen(page, big.id))
    summarise('cold (last run)', coldTrace.events, coldTrace.result, markOrigin(coldTrace))
    summarise('warm (last run)', warmTrace.events, warmTrace.result, markOrigin(warmTrace))
    const prefix = process.env.REDAKSI_OPEN_TRACE
    if (prefix) {
      writeFileSync(`${prefix}-cold.json`, JSON.stringify({ traceEvents: coldTrace.events }))
      writeFileSync(`${prefix}-warm.json`, JSON.stringify({ traceEvents: warmTrace.events }))
    }
  } finally {
    await browser.close()
    await host.stop()
  }
}

await main()
