// Revision ids as the app's store makes them: `<rev>-<hash of parent revId and content>`, so a
// server version and the client's copy of it carry the same id (see decision 0002).
import { createHash } from 'node:crypto'
import type { Article } from '../../shared/article'

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function revIdOf(article: Omit<Article, 'revId'>, parentRevId: string | null): string {
  const { rev, ...content } = article
  const hash = createHash('sha256').update(parentRevId ?? '').update('\n').update(canonicalJson(content)).digest('hex').slice(0, 32)
  return `${rev}-${hash}`
}

export const sameContent = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b)
