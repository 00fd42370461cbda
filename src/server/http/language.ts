import type { Language } from '../../shared/i18n/failures'

/** The asker's language from Accept-Language: the first of id/en by weight; Indonesian by default. */
export function languageOf(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean)
      return { lang: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter((r) => (r.lang === 'id' || r.lang === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked[0]?.lang === 'en' ? 'en' : 'id'
}
