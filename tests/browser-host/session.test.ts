// The token's one trip: traded for an HttpOnly SameSite=Strict cookie on the first page load,
// with the address replaced; the API and the notice stream take the cookie, from our origin only.
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestHost } from './host-fixture'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

describe('the browser host session', () => {
  let fixture: Awaited<ReturnType<typeof startTestHost>>
  beforeAll(async () => {
    fixture = await startTestHost()
  })
  afterAll(async () => {
    await fixture.stop()
  })

  const port = () => fixture.host.port
  const ours = () => `http://127.0.0.1:${port()}`
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: port(), method, path, headers }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          // The notice stream never ends: its first comment is enough.
          if (text.startsWith(': connected')) res.destroy()
        })
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })
        res.on('end', done)
        res.on('close', done)
      })
      req.on('error', reject)
      req.end(body)
    })
  const cookie = async (): Promise<string> => {
    const answer = await send('GET', `/?token=${fixture.host.token}`)
    return (answer.headers['set-cookie'] as string[])[0]!.split(';')[0]!
  }

  it('trades the right token for the cookie and sends the page to an address without it', async () => {
    const token = fixture.host.token
    const answer = await send('GET', `/?token=${token}`)
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe('/')
    expect(answer.headers['set-cookie']).toEqual([expect.stringMatching(new RegExp(`^redaksi-${port()}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`))])
    // The cookie is not the token: the printed URL and the browser's cookie jar hold different secrets.
    expect(answer.headers['set-cookie']![0]).not.toContain(token)
  })

  it('spends the token: the address left in a history opens nothing, the next one does', async () => {
    const spent = fixture.host.token
    const first = await send('GET', `/?token=${spent}`)
    expect(first.headers['set-cookie']).toHaveLength(1)
    expect(fixture.host.token).not.toBe(spent)
    expect(fixture.host.url).toBe(`http://127.0.0.1:${port()}/?token=${fixture.host.token}`)
    const again = await send('GET', `/?token=${spent}`)
    expect([again.status, again.headers.location, again.headers['set-cookie']]).toEqual([303, '/', undefined])
    const asBearer = await send('POST', '/api/articles.list', { authorization: `Bearer ${spent}` }, '{}')
    expect(asBearer.status).toBe(401)
    const next = await send('GET', `/?token=${fixture.host.token}`)
    expect(next.headers['set-cookie']).toHaveLength(1)
  })

  it('takes a wrong token out of the address too, without a cookie, and keeps other parameters', async () => {
    const wrong = await send('GET', '/?token=salah')
    expect(wrong.status).toBe(303)
    expect(wrong.headers.location).toBe('/')
    expect(wrong.headers['set-cookie']).toBe(undefined)
    const kept = await send('GET', `/index.html?a=1&token=${fixture.host.token}`)
    expect(kept.headers.location).toBe('/index.html?a=1')
  })

  it('serves the API and the notice stream to the cookie, from our own origin', async () => {
    const jar = await cookie()
    const listed = await send('POST', '/api/articles.list', { cookie: jar, origin: ours(), 'content-type': 'application/json' }, '{}')
    expect(listed.status).toBe(200)
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: { total: 0 } })
    const viaLocalhost = await send('POST', '/api/articles.list', { cookie: jar, origin: `http://localhost:${port()}`, host: `localhost:${port()}` }, '{}')
    expect(viaLocalhost.status).toBe(200)
    const events = await send('GET', '/events', { cookie: jar })
    expect(events.status).toBe(200)
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8')
  })

  it('refuses a wrong cookie with 401, and a change from another origin or with no origin with 403', async () => {
    const jar = await cookie()
    const wrongCookie = await send('POST', '/api/articles.create', { cookie: `redaksi-${port()}=salah`, origin: ours() }, '{}')
    expect(wrongCookie.status).toBe(401)
    expect(JSON.parse(wrongCookie.body)).toMatchObject({ ok: false, error: { reason: 'request.bad-token' } })
    const refusals: Array<[string, string, Record<string, string>]> = [
      ['POST', '/api/articles.create', { cookie: jar }],
      ['POST', '/api/articles.create', { cookie: jar, origin: 'http://127.0.0.1:1' }],
      ['POST', '/api/articles.create', { cookie: jar, origin: 'null' }],
      ['POST', '/api/articles.create', { authorization: `Bearer ${fixture.host.token}`, origin: 'http://evil.example' }],
      ['GET', '/events', { cookie: jar, origin: 'http://evil.example' }]
    ]
    for (const [method, path, headers] of refusals) {
      const answer = await send(method, path, headers, method === 'POST' ? '{}' : undefined)
      expect(answer.status, JSON.stringify(headers)).toBe(403)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'request.bad-origin' } })
    }
    const listed = await send('POST', '/api/articles.list', { cookie: jar, origin: ours() }, '{}')
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: { total: 0 } })
  })
})
