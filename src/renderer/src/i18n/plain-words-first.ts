import type { i18n as I18n } from 'i18next'

/** i18next's fixed t: a function carrying the language, namespace and prefix it was made for. */
type Words = ((...args: unknown[]) => unknown) & { lng?: unknown; lngs?: unknown; ns?: unknown; keyPrefix?: unknown }

const wrapped = new WeakSet<I18n>()

/**
 * Makes every `t` the app gets (react-i18next's `useTranslation` and direct `getFixedT` calls
 * both go through `getFixedT`) look a plain label up in the resources before handing the call to
 * i18next. Why: i18next sends each call through its whole pipeline (language fallbacks, plural and
 * context suffixes, nesting, interpolation, post-processing), 30–60 µs a call on a page that has
 * just loaded, and opening the editor makes about 200 calls, nearly all a fixed label with no
 * options. Anything else (options, a count, `{{…}}`, `$t(…)`, a key missing in the language, a
 * key prefix) goes to i18next unchanged, so the words are the same either way.
 */
export function lookUpPlainWordsFirst(i18n: I18n): void {
  if (wrapped.has(i18n)) return
  wrapped.add(i18n)
  const general = i18n.getFixedT.bind(i18n) as unknown as (...args: unknown[]) => Words
  const fixed = (lng: unknown, ns: unknown, keyPrefix: unknown, ...rest: unknown[]): Words => {
    const slow = general(lng, ns, keyPrefix, ...rest)
    const namespace = Array.isArray(ns) && ns.length === 1 ? (ns[0] as unknown) : ns
    // A key prefix, a list of languages or of namespaces to search: left to i18next.
    if (keyPrefix || !isNameOrUnset(lng) || !isNameOrUnset(namespace)) return slow
    const fast = (key: unknown, ...args: unknown[]): unknown => {
      if (args.length === 0 && typeof key === 'string') {
        const words = plainWords(i18n, typeof lng === 'string' ? lng : i18n.language, typeof namespace === 'string' ? namespace : undefined, key)
        if (words !== undefined) return words
      }
      return slow(key, ...args)
    }
    // react-i18next and <Trans> read these off the function.
    const { lng: fixedLng, lngs, ns: fixedNs, keyPrefix: fixedPrefix } = slow
    return Object.assign(fast, { lng: fixedLng, lngs, ns: fixedNs, keyPrefix: fixedPrefix })
  }
  i18n.getFixedT = fixed as unknown as I18n['getFixedT']
}

const isNameOrUnset = (value: unknown): boolean => value === null || value === undefined || typeof value === 'string'

/** The stored string for `key`, when i18next would return it as it is; otherwise undefined. */
function plainWords(i18n: I18n, lng: string, fixedNs: string | undefined, key: string): string | undefined {
  const nsSeparator = i18n.options.nsSeparator
  let ns = fixedNs ?? defaultNamespace(i18n)
  let path = key
  if (typeof nsSeparator === 'string' && key.includes(nsSeparator)) {
    const parts = key.split(nsSeparator)
    // i18next joins "a:b:c" back with the key separator: rare enough to leave to it.
    if (parts.length !== 2) return undefined
    ;[ns, path] = parts as [string, string]
  }
  if (!ns || lng === 'cimode') return undefined
  const value: unknown = i18n.getResource(lng, ns, path)
  if (typeof value !== 'string') return undefined
  // Interpolation and nesting are i18next's to do.
  if (value.includes('{{') || value.includes('$t(')) return undefined
  return value
}

function defaultNamespace(i18n: I18n): string | undefined {
  const ns = i18n.options.defaultNS
  return typeof ns === 'string' ? ns : Array.isArray(ns) && typeof ns[0] === 'string' ? ns[0] : undefined
}
