/**
 * A file-name-safe slug of a headline: ASCII letters and digits joined by hyphens, at most 80
 * characters, so exported files read like the article they hold on every operating system.
 */
export function slugify(text: string, fallback = 'artikel'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || fallback
}
