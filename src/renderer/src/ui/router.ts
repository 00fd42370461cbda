import { useEffect, useState } from 'react'

/** Where the writer is: the list, or one article. Kept in the URL hash so a reload stays put. */
export type Route =
  | { screen: 'list' }
  | { screen: 'article'; id: string }
  /** "Artikel baru": a page not yet stored (it becomes `article` once something is typed). */
  | { screen: 'new'; opened?: number }
  | { screen: 'review'; id: string | null }

export function parseRoute(hash: string): Route {
  const article = /^#\/artikel\/([A-Za-z0-9_-]+)$/.exec(hash)
  if (article?.[1]) return { screen: 'article', id: article[1] }
  if (hash === '#/baru') return { screen: 'new' }
  const review = /^#\/tinjauan(?:\/([A-Za-z0-9_-]+))?$/.exec(hash)
  if (review) return { screen: 'review', id: review[1] ?? null }
  return { screen: 'list' }
}

export function routeHash(route: Route): string {
  if (route.screen === 'article') return `#/artikel/${route.id}`
  if (route.screen === 'new') return '#/baru'
  if (route.screen === 'review') return route.id ? `#/tinjauan/${route.id}` : '#/tinjauan'
  return '#/'
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    // Each arrival at the new page is a page of its own (its `opened`), even from one new page to the next.
    let opened = 0
    const onChange = (): void => {
      const next = parseRoute(window.location.hash)
      setRoute(next.screen === 'new' ? { ...next, opened: ++opened } : next)
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
