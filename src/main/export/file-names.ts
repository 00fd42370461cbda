import type { ExportFormat } from '../../shared/exchange'
import { slugify } from '../../shared/kompas/slug'

export type { ExportFormat }

export const EXTENSIONS: Record<ExportFormat, string> = {
  html: '.html',
  text: '.txt',
  ninjs: '.ninjs.json',
  bundle: '.redaksi',
  docx: '.docx'
}

// Names an export folder already uses for itself.
const RESERVED = new Set(['index'])

/**
 * File names (without extension) for the articles of one export, by slug of the headline.
 * Articles whose slugs collide all get a piece of their id, so a name never depends on the order
 * the articles came in.
 */
export function baseNames(articles: readonly { id: string; headline: string }[]): Map<string, string> {
  const slugs = articles.map((a) => [a.id, slugify(a.headline)] as const)
  const count = new Map<string, number>()
  for (const [, slug] of slugs) count.set(slug, (count.get(slug) ?? 0) + 1)
  return new Map(
    slugs.map(([id, slug]) => [id, count.get(slug)! > 1 || RESERVED.has(slug) ? `${slug}-${id.slice(-6).toLowerCase()}` : slug])
  )
}
