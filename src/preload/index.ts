import { contextBridge, ipcRenderer } from 'electron'
import { fail, isResult, type Result } from '../shared/result'
import type { Notice } from '../shared/ipc'
import { NOTICE_NAMES } from '../shared/ipc-names'
import { createApi } from './api'

// Sandboxed preload: this file is bundled to CommonJS with its dependencies, since a sandboxed
// preload can require nothing but 'electron'.

const invoke = async (channel: string, request: unknown): Promise<Result<unknown>> => {
  const response: unknown = await ipcRenderer.invoke(channel, request)
  return isResult(response) ? response : fail('request.internal', { channel })
}

const subscribe = (notice: Notice, listener: (payload: unknown) => void): (() => void) => {
  if (!(NOTICE_NAMES as readonly string[]).includes(notice)) throw new Error(`Unknown notice: ${String(notice)}`)
  // Never hand the renderer the IpcRendererEvent: it exposes ipcRenderer itself.
  const wrapped = (_event: unknown, payload: unknown): void => listener(payload)
  ipcRenderer.on(`notice:${notice}`, wrapped)
  return () => {
    ipcRenderer.removeListener(`notice:${notice}`, wrapped)
  }
}

contextBridge.exposeInMainWorld('redaksi', createApi(invoke, subscribe))
