// What the crash-point tests share: a desk with a writer (wulan) and an editor (bima) on a real
// server, apps on their own data folders closed afterwards, the server's copy read by the editor
// over the raw API, and a real app process killed at one of the recorder's test-only crash points.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Article } from '../../src/shared/article'
import type { Channel, RequestOf } from '../../src/shared/ipc'
import type { Note } from '../../src/shared/workflow'
import { http } from '../server/harness'
import { bearer, tokenFor } from '../server/helpers'
import { makeTempDir } from '../helpers/temp-dir'
import { openApp, PASSWORD, startDesk, type App, type Desk } from './desk'

const CHILD = resolve(import.meta.dirname, 'crash-before-queue.ts')

/** The recorder's crash points (src/main/sync/recorder.ts): after the store, or after the queue for a note. */
export type CrashPoint = 'REDAKSI_TEST_KILL_BEFORE_QUEUE' | 'REDAKSI_TEST_KILL_BEFORE_NOTE_WRITE'

/** Runs one change in a real signed-in app process and resolves once that process was SIGKILLed at `point`. */
export function killAt<C extends Channel>(point: CrashPoint, dataDir: string, channel: C, request: RequestOf<C>): Promise<void> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, channel, JSON.stringify(request)], {
      env: { ...process.env, [point]: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : reject(new Error(`the app was not killed at ${point}: ${output}`))))
  })
}

export interface CrashDesk {
  readonly desk: Desk
  /** A fresh data folder, removed after the suite. */
  folder(): Promise<string>
  /** An app on `dataDir` (or a fresh one), closed after the suite. */
  reopen(dataDir?: string): Promise<App>
  /** The server's copy of an article and its notes, read by the editor; null when it has none. */
  onServer(id: string): Promise<{ article: Article; notes: Note[] } | null>
}

/** Registers the suite's hooks; use the answer inside tests only. */
export function useCrashDesk(prefix: string): CrashDesk {
  let desk: Desk | undefined
  let editorToken = ''
  const dirs: Awaited<ReturnType<typeof makeTempDir>>[] = []
  const apps: App[] = []
  beforeAll(async () => {
    desk = await startDesk([
      { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
      { login: 'bima', name: 'Bima Putra', role: 'editor' }
    ])
    editorToken = (await tokenFor(desk.server.url, 'bima', PASSWORD)).token
  }, 120_000)
  afterAll(async () => {
    for (const a of apps) await a.close()
    for (const d of dirs) await d.remove()
    await desk?.stop()
  }, 60_000)
  return {
    get desk() {
      if (!desk) throw new Error('useCrashDesk: the desk is used before its hooks ran')
      return desk
    },
    async folder() {
      const d = await makeTempDir(prefix)
      dirs.push(d)
      return d.path
    },
    async reopen(dataDir) {
      const app = await openApp(dataDir === undefined ? {} : { dataDir })
      apps.push(app)
      return app
    },
    async onServer(id) {
      const answer = await http(`${this.desk.server.url}/v1/articles/${id}`, { headers: bearer(editorToken) })
      if (answer.status === 404) return null
      expect(answer.status).toBe(200)
      return answer.json as { article: Article; notes: Note[] }
    }
  }
}
