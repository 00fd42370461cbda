// The browser host's notices: the store's changes as server-sent events on GET /events, behind the
// same token as the API, and the bridge's reader of that stream.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../src/main/browser-host/server'
import { readEvents } from '../../src/shared/event-stream-text'
import { openTestRedaksi } from '../helpers/redaksi'
import { makeTempDir } from '../helpers/temp-dir'

describe('GET /events on the browser host', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  let rendererDir: Awaited<ReturnType<typeof makeTempDir>>
  let host: BrowserHost

  beforeAll(async () => {
    redaksi = await openTestRedaksi()
    rendererDir = await makeTempDir('redaksi-renderer-')
    await mkdir(join(rendererDir.path, 'assets'))
    await writeFile(join(rendererDir.path, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
    host = await startBrowserHost({
      dispatch: redaksi.dispatch,
      rendererDir: rendererDir.path,
      // As src/main/browser-host.ts wires it.
      notices: (send) => redaksi.store.onChange((change) => send('articles.changed', { ids: [change.id], origin: change.origin }))
    })
  })
  afterAll(async () => {
    await host.close()
    await redaksi.dispose()
    await rendererDir.remove()
  })

  const events = (headers: Record<string, string> = {}, method = 'GET') => fetch(`http://127.0.0.1:${host.port}/events`, { method, headers })
  const bearer = () => ({ authorization: `Bearer ${host.token}` })

  it('answers 401 without the token or with a wrong one, 405 to another method', async () => {
    const wrong: Array<Record<string, string>> = [{}, { authorization: 'Bearer nope' }, { authorization: host.token }]
    for (const headers of wrong) {
      const response = await events(headers)
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
    expect((await events(bearer(), 'POST')).status).toBe(405)
  })

  it('streams each stored change as an articles.changed event, to every open tab', async () => {
    const tabs = [await events(bearer()), await events(bearer())]
    for (const tab of tabs) {
      expect(tab.status).toBe(200)
      expect(tab.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    }
    const readers = tabs.map((tab) => tab.body!.pipeThrough(new TextDecoderStream()).getReader())
    const received: Array<Array<{ event: string; data: unknown }>> = [[], []]
    const until = async (index: number, count: number): Promise<void> => {
      let buffer = ''
      while (received[index]!.length < count) {
        const { value, done } = await readers[index]!.read()
        if (done) throw new Error('the stream ended')
        buffer = readEvents(buffer + value, (event, data) => received[index]!.push({ event, data: JSON.parse(data) }))
      }
    }
    const created = await redaksi.services['articles.create']({ draft: { headline: 'Lewat notice' } })
    const { id, rev, revId: _r, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = created
    await redaksi.services['articles.save']({ id, rev, draft: { ...draft, headline: 'Lewat notice lagi' } })
    await Promise.all([until(0, 2), until(1, 2)])
    for (const tab of received) {
      expect(tab).toEqual([
        { event: 'articles.changed', data: { ids: [created.id], origin: 'local' } },
        { event: 'articles.changed', data: { ids: [created.id], origin: 'local' } }
      ])
    }
    for (const reader of readers) await reader.cancel()
  })
})

describe('readEvents (how the bridge reads server-sent events)', () => {
  const read = (chunks: string[]): Array<[string, string]> => {
    const out: Array<[string, string]> = []
    let buffer = ''
    for (const chunk of chunks) buffer = readEvents(buffer + chunk, (event, data) => out.push([event, data]))
    return out
  }

  it('joins messages split across chunks and skips comments', () => {
    expect(read([': connected\n\nevent: articles.ch', 'anged\ndata: {"ids":["A"]', ',"origin":"remote"}\n', '\n: ping\n\n'])).toEqual([['articles.changed', '{"ids":["A"],"origin":"remote"}']])
  })

  it('reads CRLF line ends, several data lines, and a message without an event name', () => {
    expect(read(['event: x\r\ndata: a\r\ndata: b\r\n\r\ndata: c\n\n'])).toEqual([
      ['x', 'a\nb'],
      ['message', 'c']
    ])
  })

  it('keeps an unfinished message for the next chunk', () => {
    expect(read(['event: x\ndata: 1\n'])).toEqual([])
  })
})
