import { useEffect, useState } from 'react'

/**
 * State that survives leaving the screen and coming back within this window's session (the list
 * is unmounted while an article is open, and the writer expects the same search and filters on
 * return). `parse` rejects a stored value that is no longer valid.
 */
export function useSessionState<T>(key: string, initial: T, parse: (raw: unknown) => T | undefined): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStorage.getItem(key)
      return (raw === null ? undefined : parse(JSON.parse(raw))) ?? initial
    } catch {
      return initial
    }
  })
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value))
    } catch {
      // Storage full or disabled: the state still works, it just is not remembered.
    }
  }, [key, value])
  return [value, setValue]
}
