import { useEffect, useState } from 'react'

/** Where the writer is: the list, or one article. Kept in the URL hash so a reload stays put. */
export type Route = { screen: 'list' } | { screen: 'article'; id: string }

export function parseRoute(hash: string): Route {
  const m = /^#\/artikel\/([A-Za-z0-9_-]+)$/.exec(hash)
  return m?.[1] ? { screen: 'article', id: m[1] } : { screen: 'list' }
}

export function routeHash(route: Route): string {
  return route.screen === 'article' ? `#/artikel/${route.id}` : '#/'
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
