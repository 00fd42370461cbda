// A client of GET /v1/events: keeps every seq the server announces, waits for one.
import { request } from 'node:http'
import { SyncEventSchema } from '../../../src/shared/sync/protocol'

export interface EventClient {
  seqs: number[]
  /** Resolves with the first announced seq ≥ `seq` (already seen or still to come). */
  reach(seq: number, timeoutMs?: number): Promise<number>
  close(): void
}

export function listen(url: string, token: string): Promise<EventClient> {
  return new Promise((resolve, reject) => {
    const seqs: number[] = []
    const waiters: { seq: number; done: (n: number) => void }[] = []
    let buffer = ''
    const req = request(`${url}/v1/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`))
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block.split('\n').find((l) => l.startsWith('data: '))
          if (!data) continue
          const { seq } = SyncEventSchema.parse(JSON.parse(data.slice(6)))
          seqs.push(seq)
          for (const w of waiters.filter((w) => seq >= w.seq)) {
            waiters.splice(waiters.indexOf(w), 1)
            w.done(seq)
          }
        }
      })
      resolve({
        seqs,
        reach: (seq, timeoutMs = 10_000) =>
          new Promise((done, fail) => {
            const seen = seqs.find((s) => s >= seq)
            if (seen !== undefined) return done(seen)
            const timer = setTimeout(() => fail(new Error(`no event reached seq ${seq} within ${timeoutMs} ms; saw ${seqs.join(',')}`)), timeoutMs)
            waiters.push({ seq, done: (n) => (clearTimeout(timer), done(n)) })
          }),
        close: () => req.destroy()
      })
    })
    req.on('error', reject)
    req.end()
  })
}
