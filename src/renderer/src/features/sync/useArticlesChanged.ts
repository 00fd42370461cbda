import { useEffect, useRef } from 'react'
import type { NoticeOf } from '../../../../shared/ipc'

export type ArticlesChanged = NoticeOf<'articles.changed'>

/**
 * Calls `listener` when main says stored articles changed (sync applied the server's version, or
 * this machine wrote one). The latest listener is used without subscribing again.
 */
export function useArticlesChanged(listener: (change: ArticlesChanged) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => window.redaksi.on('articles.changed', (change) => latest.current(change)), [])
}
