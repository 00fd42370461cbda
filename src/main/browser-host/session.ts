import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Who may use the services: the printed URL's token is traded on the first page load for an
 * HttpOnly, SameSite=Strict cookie, and the address is replaced, so the token never stays in the
 * browser's history (decision 0073). A script (or a test) may still send the token as a bearer.
 */
export class HostSession {
  private current: string
  private readonly secret = freshSecret()

  /** `port` is asked when needed: it is known only once the server listens. */
  constructor(
    private readonly port: () => number,
    token?: string,
    private readonly onSpent: (next: string) => void = () => undefined
  ) {
    this.current = token ?? freshSecret()
  }

  /** The token that opens a session now; each exchange spends it and makes the next. */
  get token(): string {
    return this.current
  }

  /** Cookies ignore the port: two hosts on 127.0.0.1 in one browser must not overwrite each other. */
  get cookieName(): string {
    return `redaksi-${this.port()}`
  }

  /** The token given in an address, right or wrong (either way it leaves the address). */
  static tokenInAddress(url: URL): string | null {
    return url.searchParams.get('token')
  }

  /**
   * The Set-Cookie for a right token, or null. The token is spent: Chromium keeps the redirect's
   * source address in its history database, so what stays there must open nothing.
   */
  exchange(given: string): string | null {
    if (!same(given, this.current)) return null
    this.current = freshSecret()
    this.onSpent(this.current)
    return `${this.cookieName}=${this.secret}; Path=/; HttpOnly; SameSite=Strict`
  }

  /** 'cookie' or 'bearer' for an authenticated request, else null. */
  authenticate(request: IncomingMessage): 'cookie' | 'bearer' | null {
    const header = request.headers.authorization
    if (header !== undefined) return header.startsWith('Bearer ') && same(header.slice(7), this.current) ? 'bearer' : null
    return same(this.cookieOf(request) ?? '', this.secret) ? 'cookie' : null
  }

  /** An Origin header, when sent, must be this host's own page. */
  originAllowed(origin: string | undefined): boolean {
    return origin === undefined || origin === `http://127.0.0.1:${this.port()}` || origin === `http://localhost:${this.port()}`
  }

  private cookieOf(request: IncomingMessage): string | null {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const at = part.indexOf('=')
      if (at !== -1 && part.slice(0, at).trim() === this.cookieName) return part.slice(at + 1).trim()
    }
    return null
  }
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function freshSecret(): string {
  return randomBytes(32).toString('base64url')
}
