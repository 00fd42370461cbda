// Who a process id names, beyond the number: the kernel reuses pids, and a lock file outlives the
// computer's uptime. On Linux a process is its pid plus its start time (in clock ticks since boot,
// /proc/<pid>/stat field 22) within one boot (/proc/sys/kernel/random/boot_id). Elsewhere these are
// null and a lock is judged by its pid alone, as before.
import { readFileSync } from 'node:fs'

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** This boot of this computer, or null where the system does not say. */
export function bootId(): string | null {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || null
}

/** When process `pid` started within this boot, or null when it does not run or the system does not say. */
export function processStart(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`)
  if (!stat) return null
  // The command name (field 2) is in parentheses and may itself hold spaces or ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields[19] ?? null
}

/** Whether a process with this id runs (one that another user owns counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
