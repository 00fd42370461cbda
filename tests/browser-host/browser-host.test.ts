import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../src/main/browser-host/server'
import { openTestRedaksi } from '../helpers/redaksi'
import { makeTempDir, snapshotTree } from '../helpers/temp-dir'

describe('the browser host', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  let rendererDir: Awaited<ReturnType<typeof makeTempDir>>
  let host: BrowserHost

  beforeAll(async () => {
    redaksi = await openTestRedaksi()
    rendererDir = await makeTempDir('redaksi-renderer-')
    await mkdir(join(rendererDir.path, 'assets'))
    await writeFile(
      join(rendererDir.path, 'index.html'),
      '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>'
    )
    await writeFile(join(rendererDir.path, 'assets', 'app.js'), 'console.log("app")')
    host = await startBrowserHost({ dispatch: redaksi.dispatch, rendererDir: rendererDir.path })
  })
  afterAll(async () => {
    await host.close()
    await redaksi.dispose()
    await rendererDir.remove()
  })

  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    })

  it('listens on the loopback address only, at a port of its own', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/)
    expect(new URL(host.url).port).toBe(String(host.port))
  })

  it('answers 401 to a call without the token, or with a wrong one, and does nothing', async () => {
    const before = await snapshotTree(redaksi.dataDir)
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer nope' }, { authorization: host.token }, { authorization: `Bearer ${host.token}x` }]) {
      const response = await api('articles.create', {}, headers)
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
  })

  it('serves a call with the token through the same dispatch as Electron', async () => {
    const created = await api('articles.create', { draft: { headline: 'Lewat host' } }, { authorization: `Bearer ${host.token}` })
    expect(created.status).toBe(200)
    const body = (await created.json()) as { ok: boolean; value: { id: string; headline: string } }
    expect(body).toMatchObject({ ok: true, value: { headline: 'Lewat host' } })
    const listed = await (await api('articles.list', {}, { authorization: `Bearer ${host.token}` })).json()
    expect(listed).toMatchObject({ ok: true, value: { total: 1, items: [{ id: body.value.id }] } })
  })

  it('turns a body that is not JSON into a typed error', async () => {
    const response = await api('articles.list', '{nope', { authorization: `Bearer ${host.token}` })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('refuses a request whose Host header is not the loopback address (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(403)
  })

  it('serves the built renderer with the bridge injected first and the CSP header', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/`)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await response.text()
    // In the head, before the app's own script: window.redaksi exists when the app starts.
    expect(html).toMatch(/<head>[^]*<script[^>]*src="\/bridge\.js"[^]*<script[^>]*src="\.\/assets\/app\.js"[^]*<\/head>/)
  })

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd', '/%00']) {
      const response = await fetch(`http://127.0.0.1:${host.port}${path}`)
      expect(response.status, path).toBe(404)
    }
  })
})
