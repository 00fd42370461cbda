import { mkdir, writeFile } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { startBrowserHost, type BrowserHost } from '../../src/main/browser-host/server'
import { openTestRedaksi } from '../helpers/redaksi'
import { makeTempDir } from '../helpers/temp-dir'

/** The host module on a free 127.0.0.1 port over a real store, with a two-file renderer. */
export async function startTestHost(): Promise<{ host: BrowserHost; redaksi: Awaited<ReturnType<typeof openTestRedaksi>>; stop(): Promise<void> }> {
  const redaksi = await openTestRedaksi()
  const rendererDir = await makeTempDir('redaksi-renderer-')
  await mkdir(join(rendererDir.path, 'assets'))
  await writeFile(join(rendererDir.path, 'index.html'), '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>')
  await writeFile(join(rendererDir.path, 'assets', 'app.js'), 'console.log("app")')
  const host = await startBrowserHost({ dispatch: redaksi.dispatch, rendererDir: rendererDir.path })
  return {
    host,
    redaksi,
    stop: async () => {
      await host.close()
      await redaksi.dispose()
      await rendererDir.remove()
    }
  }
}

export interface RawSocket {
  socket: Socket
  /** Everything the host sent. */
  received(): string
  /** Resolves when the host closed the socket: how long after `openedAt`, and whether it was clean. */
  closed: Promise<{ afterMs: number; hadError: boolean }>
  openedAt: number
}

/** A real TCP connection to the host, with nothing sent yet. */
export function rawSocket(port: number): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    let hadError = false
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
    socket.on('error', () => (hadError = true))
    socket.once('connect', () => {
      const openedAt = Date.now()
      const closed = new Promise<{ afterMs: number; hadError: boolean }>((done) =>
        socket.once('close', () => done({ afterMs: Date.now() - openedAt, hadError }))
      )
      resolve({ socket, received: () => text, closed, openedAt })
    })
    socket.once('error', reject)
  })
}
