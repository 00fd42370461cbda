/** Schemes a link may carry out of the app: into the system browser, or into exported HTML. */
export const SAFE_LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const

/** Parses rather than pattern-matches, so "java\tscript:" and friends cannot slip through. */
export function parseSafeLink(raw: string): URL | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  return (SAFE_LINK_SCHEMES as readonly string[]).includes(url.protocol) ? url : null
}

/** Only web pages go to the system browser; mail links stay a matter for the editor. */
export function isWebUrl(raw: string): boolean {
  const url = parseSafeLink(raw)
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
}
