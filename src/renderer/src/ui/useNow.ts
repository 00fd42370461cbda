import { useEffect, useState } from 'react'

/** The current time, refreshed every `everyMs`, so "2 menit lalu" does not go stale on screen. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
