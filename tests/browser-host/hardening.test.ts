// The browser host against a hostile client, with real sockets: a flood of idle connections, slow
// headers and bodies, malformed addresses, and the largest request the contract allows.
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEADERS_TIMEOUT_MS, LARGEST_REQUESTS, MAX_CONNECTIONS, MAX_REQUEST_BYTES, REQUEST_TIMEOUT_MS, TIMEOUT_CHECK_MS } from '../../src/main/browser-host/limits'
import { MAX_IMPORT_BUNDLE_BASE64, MAX_IMPORT_BUNDLE_BYTES } from '../../src/shared/exchange'
import { rawSocket, startTestHost, type RawSocket } from './host-fixture'

describe('the browser host against a hostile client', () => {
  let fixture: Awaited<ReturnType<typeof startTestHost>>
  beforeAll(async () => {
    fixture = await startTestHost()
  })
  afterAll(async () => {
    await fixture.stop()
  })

  const port = () => fixture.host.port
  const api = (channel: string, body: unknown) =>
    fetch(`http://127.0.0.1:${port()}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.host.token}` },
      body: JSON.stringify(body)
    })
  const raw = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: port(), method, path, headers }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      req.on('error', reject)
      req.end()
    })
  const until = async (condition: () => boolean, ms: number): Promise<void> => {
    const end = Date.now() + ms
    while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 20))
  }

  it('keeps serving saves while 1,000 idle sockets are open, closing those past the cap cleanly', async () => {
    const idle: RawSocket[] = []
    for (let i = 0; i < 1000; i++) idle.push(await rawSocket(port()))
    const closes: Array<{ afterMs: number; hadError: boolean }> = []
    for (const s of idle) void s.closed.then((c) => closes.push(c))
    await until(() => closes.length >= 1000 - MAX_CONNECTIONS, 3000)
    expect(closes.length).toBe(1000 - MAX_CONNECTIONS)
    expect(closes.filter((c) => c.hadError)).toEqual([])

    const created = (await (await api('articles.create', { draft: { headline: 'Di tengah banjir koneksi' } })).json()) as {
      ok: true
      value: Record<string, unknown> & { id: string; rev: number }
    }
    expect(created.ok).toBe(true)
    const { id, rev, revId: _r, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = created.value
    const saved = await api('articles.save', { id, rev, draft: { ...draft, headline: 'Tetap tersimpan' } })
    expect(saved.status).toBe(200)
    expect(await saved.json()).toMatchObject({ ok: true, value: { headline: 'Tetap tersimpan' } })
    for (const s of idle) s.socket.destroy()
  })

  it('answers 401 to a body without the token at once and closes without reading the rest', async () => {
    const s = await rawSocket(port())
    s.socket.write(`POST /api/articles.create HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{`)
    const dribble = setInterval(() => s.socket.writable && s.socket.write(' '), 50)
    const closed = await s.closed
    clearInterval(dribble)
    expect(s.received()).toMatch(/^HTTP\/1\.1 401 /)
    expect(s.received()).toContain('"code":"unauthorized"')
    expect(closed.afterMs).toBeLessThan(1000)
  })

  it('cuts off a slow body with the token once the request time is over', async () => {
    const s = await rawSocket(port())
    s.socket.write(
      `POST /api/articles.list HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nAuthorization: Bearer ${fixture.host.token}\r\nContent-Length: 1000000\r\n\r\n{`
    )
    const dribble = setInterval(() => s.socket.writable && s.socket.write(' '), 100)
    const closed = await s.closed
    clearInterval(dribble)
    expect(closed.afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100)
    expect(closed.afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 3 * TIMEOUT_CHECK_MS)
  }, 20_000)

  it('cuts off headers that dribble in, and a socket that sends nothing, once the header time is over', async () => {
    const slow = await rawSocket(port())
    const silent = await rawSocket(port())
    slow.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\n`)
    const dribble = setInterval(() => slow.socket.writable && slow.socket.write('X-Lambat: ya\r\n'), 100)
    const [a, b] = await Promise.all([slow.closed, silent.closed])
    clearInterval(dribble)
    for (const closed of [a, b]) expect(closed.afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 3 * TIMEOUT_CHECK_MS)
  }, 20_000)

  it('answers a malformed address with a typed 400, never 500', async () => {
    const bearer = { authorization: `Bearer ${fixture.host.token}` }
    for (const [method, path, headers] of [
      ['POST', '/api/%E0%A4%A', bearer],
      ['POST', '/api/%E0%A4%A', {}],
      ['GET', '/%E0%A4%A', {}],
      ['GET', '/assets/%zz.js', {}],
      ['POST', '/api/articles.list%', bearer]
    ] as const) {
      const answer = await raw(method, path, headers)
      expect(answer.status, `${method} ${path}`).toBe(400)
      expect(JSON.parse(answer.body)).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-request', reason: 'request.bad-url' }) })
    }
  })

  it('takes the largest request the contract allows: a bundle at its limit goes through', async () => {
    expect(MAX_REQUEST_BYTES).toBeGreaterThan(Math.max(...Object.values(LARGEST_REQUESTS)))
    const created = (await (await api('articles.create', { draft: { headline: 'Bundel terbesar' } })).json()) as { value: { id: string } }
    const exported = (await (await api('export.content', { id: created.value.id, format: 'bundle' })).json()) as { value: { data: string } }
    // JSON allows trailing white space: the bundle padded to exactly its byte limit.
    const bytes = Buffer.from(exported.value.data.padEnd(MAX_IMPORT_BUNDLE_BYTES, ' '))
    const base64 = bytes.toString('base64')
    expect(base64.length).toBe(MAX_IMPORT_BUNDLE_BASE64)
    const answer = await api('import.bundle', { fileName: `${'b'.repeat(247)}.redaksi`, base64, onDuplicate: 'keep-both' })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ ok: true })
  }, 60_000)
})
