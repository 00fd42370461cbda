import type { RedaksiApi } from '../shared/ipc'

declare global {
  interface Window {
    readonly redaksi: RedaksiApi
  }
}

export {}
