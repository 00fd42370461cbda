import { useCallback, useEffect, useState } from 'react'
import type { SyncStatus } from '../../../../shared/ipc'

// Both transports answer requests only (the browser host has no push to the page), so the state is
// asked for every few seconds; it is a read of two small files' worth of memory in main.
const POLL_MS = 2000

export function useSyncStatus(): { status: SyncStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<SyncStatus | null>(null)
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((t) => t + 1), [])
  useEffect(() => {
    let current = true
    void window.redaksi.sync.status({}).then((result) => {
      if (current && result.ok) setStatus(result.value)
    })
    const timer = setTimeout(refresh, POLL_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [tick, refresh])
  return { status, refresh }
}
