// Device tokens: 256 random bits, shown to the client once, stored only as their SHA-256 — a
// database dump gives no one a working token. SHA-256 (not Argon2) suffices: the token is not
// guessable, so there is nothing for a slow hash to protect; it must be fast on every request.
import { createHash, randomBytes } from 'node:crypto'

const PREFIX = 'rdk_'

export function newToken(): string {
  return PREFIX + randomBytes(32).toString('base64url')
}

export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

/** The token from `Authorization: Bearer …`, or undefined when there is none that could be ours. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')
  const token = match?.[1]
  return token && token.startsWith(PREFIX) && token.length === PREFIX.length + 43 ? token : undefined
}
