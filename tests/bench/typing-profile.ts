// Optional DevTools trace and CPU profile of the typing benchmark (off unless asked for).
import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { BenchRow } from './stats'
import { traceRows } from './typing-trace'

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
 * REDAKSI_BENCH_TRACE=<file> writes a DevTools trace of the typing (style, layout, paint, events)
 * and adds its per-key CPU to the table (typing-trace.ts);
 * REDAKSI_BENCH_PROFILE=<file> a V8 CPU profile of it, with the functions that took the most
 * time on stderr. Both open in Chrome DevTools. Off by default: they slow the page down.
 */
export async function startProfiling(page: Page, keystrokes: number): Promise<() => Promise<BenchRow[]>> {
  const trace = process.env.REDAKSI_BENCH_TRACE
  const profile = process.env.REDAKSI_BENCH_PROFILE
  if (!trace && !profile) return async () => []
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
    const rows: BenchRow[] = []
    if (trace) {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
      await cdp.send('Tracing.end')
      await complete
      writeFileSync(trace, JSON.stringify({ traceEvents: events }))
      console.error(`trace of the typing: ${trace}`)
      rows.push(...traceRows(events))
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
        console.error(`  ${(total / keystrokes).toFixed(3)} ms  ${key}`)
      }
    }
    await cdp.detach()
    return rows
  }
}
