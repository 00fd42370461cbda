// Plain HTTP(S) requests for tests: fetch cannot be given a CA, and a test's self-signed
// certificate needs one.
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: unknown
}

export interface HttpOptions {
  method?: string
  headers?: Record<string, string>
  body?: unknown
  /** PEM of the CA (or the self-signed certificate) to trust for https URLs. */
  ca?: string
  timeoutMs?: number
}

export function http(url: string, options: HttpOptions = {}): Promise<HttpAnswer> {
  const target = new URL(url)
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  const headers = { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = send(target, { method: options.method ?? 'GET', headers, ...(options.ca ? { ca: options.ca } : {}), timeout: options.timeoutMs ?? 10_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = text ? JSON.parse(text) : undefined
        } catch {
          json = undefined
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
    req.end(body)
  })
}
