// Article ids and revision ids, chosen so the store can later replicate to a CouchDB-style
// server: see docs/decisions/0002-article-ids-and-revisions.md.
import { createHash, randomBytes } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * ULID layout: 48 bits of milliseconds then 80 random bits, in Crockford base32. Sorting ids sorts
 * by creation time, and 80 random bits make two laptops minting ids offline practically never
 * collide.
 */
export function newArticleId(now: Date = new Date()): string {
  let time = now.getTime()
  let out = ''
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[time % 32] + out
    time = Math.floor(time / 32)
  }
  const random = randomBytes(10)
  let bits = 0
  let acc = 0
  for (const byte of random) {
    acc = (acc << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += CROCKFORD[(acc >> bits) & 31]
    }
    acc &= (1 << bits) - 1
  }
  return out
}

/** Stable JSON: object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** CouchDB-style `<rev>-<hash>`: the hash covers the content and the parent revision id. */
export function makeRevId(rev: number, parentRevId: string | null, content: unknown): string {
  const hash = createHash('sha256')
    .update(parentRevId ?? '')
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex')
    .slice(0, 32)
  return `${rev}-${hash}`
}
