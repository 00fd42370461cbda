import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { setupIpc, type IpcRegistry } from '../../src/main/electron/ipc'
import type { RendererLocation } from '../../src/main/electron/sender'
import { channels } from '../../src/shared/ipc'
import type { Result } from '../../src/shared/result'

type Handler = (event: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>

// Stands in for ipcMain only: the Electron binary is the one part these tests cannot have.
function recordingRegistry(): IpcRegistry & { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>()
  return {
    handlers,
    handle: (channel: string, handler: unknown) => void handlers.set(channel, handler as Handler),
    removeHandler: (channel: string) => void handlers.delete(channel)
  } as IpcRegistry & { handlers: Map<string, Handler> }
}

const renderer: RendererLocation = { kind: 'file', url: 'file:///app/out/renderer/index.html' }
const eventFrom = (url: string, parent: object | null = null): IpcMainInvokeEvent =>
  ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent

describe('main-process IPC wiring', () => {
  it('registers exactly one handler per contract channel and removes them all', () => {
    const registry = recordingRegistry()
    const teardown = setupIpc(registry, async () => ({ ok: true, value: null }), renderer)
    expect([...registry.handlers.keys()].sort()).toEqual([...channels].sort())
    teardown()
    expect(registry.handlers.size).toBe(0)
  })

  it('dispatches a message from our own page', async () => {
    const registry = recordingRegistry()
    const seen: unknown[] = []
    setupIpc(registry, async (channel, request) => (seen.push([channel, request]), { ok: true, value: 'ok' }), renderer)
    const result = await registry.handlers.get('articles.list')!(eventFrom('file:///app/out/renderer/index.html'), { limit: 5 })
    expect(result).toEqual({ ok: true, value: 'ok' })
    expect(seen).toEqual([['articles.list', { limit: 5 }]])
  })

  it('refuses other senders before any work is done', async () => {
    const registry = recordingRegistry()
    let dispatched = 0
    setupIpc(registry, async () => (dispatched++, { ok: true, value: null }), renderer)
    for (const event of [
      eventFrom('https://evil.example/'),
      eventFrom('file:///app/out/renderer/index.html', { url: 'file:///app/out/renderer/index.html' }),
      { senderFrame: null } as unknown as IpcMainInvokeEvent
    ]) {
      for (const channel of channels) {
        expect(await registry.handlers.get(channel)!(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
    }
    expect(dispatched).toBe(0)
  })
})
