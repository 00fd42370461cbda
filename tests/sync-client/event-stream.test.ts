import { describe, expect, it } from 'vitest'
import { readEvents, type ServerEvent } from '../../src/main/sync/event-stream'

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c))
      controller.close()
    }
  })
}

async function all(chunks: string[]): Promise<ServerEvent[]> {
  const out: ServerEvent[] = []
  for await (const e of readEvents(streamOf(chunks))) out.push(e)
  return out
}

describe('server-sent events over a fetch body', () => {
  const wire = 'event: seq\ndata: {"seq":1}\n\n: ping\n\nevent: seq\r\ndata: {"seq":2}\r\n\r\ndata: a\ndata: b\n\nevent: seq\ndata: {"seq":3}'

  it('reads events, skips keep-alive comments, joins data lines and drops a cut-off last event', async () => {
    expect(await all([wire])).toEqual([
      { event: 'seq', data: '{"seq":1}' },
      { event: 'seq', data: '{"seq":2}' },
      { event: 'message', data: 'a\nb' }
    ])
  })

  it('gives the same events however the bytes are split, a CRLF across two chunks included', async () => {
    const expected = await all([wire])
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = []
      for (let i = 0; i < wire.length; i += size) chunks.push(wire.slice(i, i + size))
      expect(await all(chunks), `chunks of ${size}`).toEqual(expected)
    }
  })
})
