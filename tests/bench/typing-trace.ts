// Per-key main-thread CPU from a DevTools trace of the typing: less inflated by a busy machine
// than wall-clock latency, which also counts the time the renderer waits for a core.
import { median, ms, percentile, type BenchRow } from './stats'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread CPU time: what the task cost the renderer, without the time it waited for a core. */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { type?: string } }
}
interface Task {
  ts: number
  end: number
  cpu: number
  keydown: boolean
  frame: boolean
}

const FRAME_PHASES = new Set(['Paint', 'Commit', 'PrePaint', 'Layerize'])

/** The renderer main thread's top-level tasks, each marked if it handled a keydown or drew a frame. */
function mainTasks(events: TraceEvent[]): Task[] {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const slices = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const tasks: Task[] = []
  for (const e of slices) {
    const end = e.ts + (e.dur ?? 0)
    const top = tasks.at(-1)
    if (top && e.ts < top.end) {
      if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') top.keydown = true
      if (FRAME_PHASES.has(e.name)) top.frame = true
    } else if (e.name === 'RunTask') tasks.push({ ts: e.ts, end, cpu: e.tdur ?? e.dur ?? 0, keydown: false, frame: false })
  }
  return tasks
}

export function traceRows(events: unknown[]): BenchRow[] {
  const tasks = mainTasks(events as TraceEvent[])
  const keyTasks: number[] = []
  const frames: number[] = []
  const keyCpu: number[] = []
  const frameCpu: number[] = []
  tasks.forEach((task, i) => {
    if (!task.keydown) return
    keyTasks.push((task.end - task.ts) / 1000)
    keyCpu.push(task.cpu / 1000)
    // The key's frame: the first task after the key's that drew one.
    const frame = tasks.slice(i + 1).find((t) => t.frame && !t.keydown)
    if (frame) {
      frames.push((frame.end - frame.ts) / 1000)
      frameCpu.push(frame.cpu / 1000)
    }
  })
  const span = tasks.length ? tasks.at(-1)!.end - tasks[0]!.ts : 0
  const busy = tasks.reduce((sum, t) => sum + t.end - t.ts, 0)
  const over = (limit: number): number => tasks.filter((t) => t.end - t.ts > limit * 1000).length
  return [
    { measure: `trace: the key's own task (${keyTasks.length} keys), median / p95`, result: `${ms(median(keyTasks))} / ${ms(percentile(keyTasks, 95))}` },
    { measure: "trace: the key's frame (style, layout, paint, commit), median / p95", result: `${ms(median(frames))} / ${ms(percentile(frames, 95))}` },
    { measure: "trace: the same two in thread CPU time (what load inflates least), key's task / its frame, medians", result: `${ms(median(keyCpu))} / ${ms(median(frameCpu))}` },
    { measure: 'trace: main thread busy / tasks > 8, > 16, > 50 ms', result: `${((100 * busy) / (span || 1)).toFixed(0)} % / ${over(8)}, ${over(16)}, ${over(50)}` }
  ]
}
