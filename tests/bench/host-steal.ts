// How much of the machine's CPU time the hypervisor gave to other guests during a run ("steal" in
// /proc/stat). The load average cannot show it: a virtual machine whose host is busy looks idle
// from inside, yet every task on it takes longer. Wall-clock figures from runs on different days
// read only beside it.
import { readFileSync } from 'node:fs'

interface CpuTicks {
  steal: number
  total: number
}

function ticks(): CpuTicks | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
    // cpu user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
    const [, ...fields] = line.trim().split(/\s+/)
    const n = fields.slice(0, 8).map(Number)
    if (n.length < 8 || n.some((v) => !Number.isFinite(v))) return null
    return { steal: n[7]!, total: n.reduce((a, b) => a + b, 0) }
  } catch {
    return null
  }
}

/** Starts counting; the function returned says what share of the CPU time since then was stolen. */
export function watchHostSteal(): () => string {
  const start = ticks()
  return () => {
    const end = ticks()
    if (!start || !end || end.total <= start.total) return 'steal not measurable here'
    return `${(((end.steal - start.steal) / (end.total - start.total)) * 100).toFixed(1)}% of the CPU taken by the host (steal)`
  }
}
