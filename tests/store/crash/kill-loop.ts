// Real child processes SIGKILLed at seeded random moments, one trial after another on the same
// folder. Loading the app's modules costs a child far more than the work it is killed in, so the
// next trial's child is started while the current one runs and waits on stdin for `go` before it
// opens anything: the loads overlap, the stores never do. Children are bundles (bundle-child.ts).
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { seededRandom } from '../../bench/corpus'

type Child = ChildProcessByStdio<Writable, Readable, Readable>

export interface KilledRun {
  /** Every line the child wrote after `ready`, in order: its side channel. */
  lines: string[]
  pid: number
  /** When the kill was sent: after this many aimed-at lines, this many ms later. */
  moment: KillMoment
}

interface Waiting {
  child: Child
  out: { text: string; err: string }
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

function startWaiting(script: string, args: string[]): Waiting {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  const out = { text: '', err: '' }
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => (out.text += chunk))
  child.stderr.on('data', (chunk: string) => (out.err += chunk))
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
  return { child, out, closed }
}

/** When to kill: once `lines` lines the trials aim at have appeared after `ready`, `delayMs` later. */
export interface KillMoment {
  lines: number
  delayMs: number
}

/** A child that never reaches its moment (it found nothing to aim at) is killed this long after `ready`. */
const FALLBACK_KILL_MS = 4000

/** Tells a waiting child to start and SIGKILLs it at `moment`. */
async function goAndKill(w: Waiting, moment: KillMoment, aim: (line: string) => boolean): Promise<KilledRun> {
  const pid = w.child.pid
  if (pid === undefined) throw new Error('crash child did not start')
  const timers: NodeJS.Timeout[] = []
  const kill = (): boolean => w.child.kill('SIGKILL')
  let seen = 0
  let scanned = 0
  let ready = false
  const look = (): void => {
    // Whole lines only; a line still being written is looked at with the next chunk.
    const end = w.out.text.lastIndexOf('\n') + 1
    for (const line of w.out.text.slice(scanned, end).split('\n')) {
      if (line === 'ready' && !ready) {
        ready = true
        timers.push(setTimeout(kill, FALLBACK_KILL_MS))
      } else if (ready && aim(line)) seen++
    }
    scanned = end
    if (ready && seen >= moment.lines) {
      w.child.stdout.off('data', look)
      timers.push(setTimeout(kill, moment.delayMs))
    }
  }
  w.child.stdout.on('data', look)
  w.child.stdin.end('go\n')
  const { code, signal } = await w.closed
  for (const timer of timers) clearTimeout(timer)
  if (signal !== 'SIGKILL') throw new Error(`crash child ended by itself (code ${code}): ${w.out.err || w.out.text}`)
  const lines = w.out.text.split('\n').filter((l) => l !== '')
  const from = lines.indexOf('ready')
  if (from < 0) throw new Error(`crash child was killed before it was ready: ${w.out.err}`)
  return { lines: lines.slice(from + 1), pid, moment }
}

export interface KillTrials {
  /** A bundled child (bundle-child.ts), run with plain node. */
  script: string
  /** The child's arguments for trial t (1-based). */
  args: (trial: number) => string[]
  trials: number
  seed: number
  /**
   * The kill lands once the child has written a number of `aim` lines drawn between the two, and
   * up to `delayMs` later: counted in the child's own lines, not time, so a loaded machine still
   * kills among the operations the trials are about.
   */
  killAfter: { aim: (line: string) => boolean; lines: readonly [number, number]; delayMs: number }
  /** Looks at the folder after trial t's kill; runs before the next child is told to go. */
  check: (trial: number, run: KilledRun) => Promise<void>
}

export async function runKillTrials(o: KillTrials): Promise<void> {
  const rand = seededRandom(o.seed)
  let current = startWaiting(o.script, o.args(1))
  let next: Waiting | null = null
  try {
    for (let t = 1; t <= o.trials; t++) {
      if (next) current = next
      next = t < o.trials ? startWaiting(o.script, o.args(t + 1)) : null
      const [min, max] = o.killAfter.lines
      const moment = { lines: min + Math.floor(rand() * (max - min + 1)), delayMs: Math.round(rand() * o.killAfter.delayMs) }
      await o.check(t, await goAndKill(current, moment, o.killAfter.aim))
    }
  } finally {
    if (next) {
      // A check failed: the child waiting for its turn is ours to end, and never opened the store.
      next.child.kill('SIGKILL')
      await next.closed
    }
  }
}
