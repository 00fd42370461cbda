import type { Invoke, RedaksiApi, Subscribe } from '../shared/ipc'
import { CHANNEL_NAMES } from '../shared/ipc-names'

/**
 * Builds `window.redaksi` from the contract's channel list, for whichever transport is given.
 * The Electron preload and the browser bridge both call this, so the renderer cannot tell them apart.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe): RedaksiApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNEL_NAMES) {
    const [namespace, method] = channel.split('.') as [string, string]
    api[namespace] ??= {}
    api[namespace][method] = (request: unknown) => invoke(channel, request ?? {})
  }
  for (const namespace of Object.values(api)) Object.freeze(namespace)
  return Object.freeze({ ...api, on: subscribe }) as unknown as RedaksiApi
}
