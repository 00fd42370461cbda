// CPU time used by processes and their children, from /proc: on a machine shared with other work,
// the work a request costs is steadier than its wall time, which waits for the cores.
import { readdirSync, readFileSync } from 'node:fs'

const TICK_MS = 10 // USER_HZ is 100 on Linux

function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return null
  }
}

/** Milliseconds of CPU (user + system) used so far by `roots` and their direct children. */
export function cpuMs(roots: readonly number[]): number {
  const wanted = new Set(roots)
  let ticks = 0
  for (const name of readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid)) continue
    const s = stat(pid)
    if (s && (wanted.has(pid) || wanted.has(s.ppid))) ticks += s.ticks
  }
  return ticks * TICK_MS
}
