// CPU time used by processes and their children, from /proc: on a machine shared with other work,
// the work a request costs is steadier than its wall time, which waits for the cores.
import { readdirSync, readFileSync } from 'node:fs'

const TICK_MS = 10 // USER_HZ is 100 on Linux

function stat(pid: number): { ppid: number; ticks: number; reaped: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    // utime, stime; then cutime, cstime: what its children used before they exited and were reaped.
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), reaped: Number(fields[13]) + Number(fields[14]) }
  } catch {
    return null
  }
}

/**
 * Milliseconds of CPU (user + system) used so far by `roots` and their direct children, living or
 * exited (a PostgreSQL backend that closes moves its time into the postmaster's reaped total).
 */
export function cpuMs(roots: readonly number[]): number {
  const wanted = new Set(roots)
  let ticks = 0
  for (const name of readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid)) continue
    const s = stat(pid)
    if (s && wanted.has(pid)) ticks += s.ticks + s.reaped
    else if (s && wanted.has(s.ppid)) ticks += s.ticks
  }
  return ticks * TICK_MS
}
