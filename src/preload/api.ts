import { channels, type Invoke, type RedaksiApi, type Subscribe } from '../shared/ipc'

/**
 * Builds `window.redaksi` from the contract's channel list, for whichever transport is given.
 * The Electron preload and the browser bridge both call this, so the renderer cannot tell them apart.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe): RedaksiApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [namespace, method] = channel.split('.') as [string, string]
    api[namespace] ??= {}
    api[namespace][method] = (request: unknown) => invoke(channel, request ?? {})
  }
  for (const namespace of Object.values(api)) Object.freeze(namespace)
  return Object.freeze({ ...api, on: subscribe }) as unknown as RedaksiApi
}
