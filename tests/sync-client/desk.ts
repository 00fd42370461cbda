// A newsroom for the app-side sync tests: one real PostgreSQL, one real server process, accounts
// made through the server's own CLI, and app instances (the real services over real stores in
// temp folders) that sign in over HTTP like the settings dialog does.
import { join } from 'node:path'
import { expect } from 'vitest'
import { openRedaksi, type Redaksi } from '../../src/main/redaksi'
import type { Channel, RequestOf, ResponseOf } from '../../src/shared/ipc'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../server/harness'
import { addAccountByCli } from '../server/helpers'
import { makeTempDir } from '../helpers/temp-dir'

export const PASSWORD = 'kata-sandi-uji-123'

export interface App {
  redaksi: Redaksi
  dataDir: string
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>
  close(): Promise<void>
}

export interface Desk {
  db: TestPostgres
  server: TestServer
  stop(): Promise<void>
}

export async function startDesk(accounts: { login: string; name: string; role: string }[]): Promise<Desk> {
  const db = await startPostgres()
  const server = await startServer({ databaseUrl: db.url })
  for (const a of accounts) await addAccountByCli(db.url, a.login, a.role, PASSWORD, a.name)
  const desk: Desk = {
    db,
    server,
    stop: async () => {
      await desk.server.stop()
      await db.stop()
    }
  }
  return desk
}

/** An app on its own data folder; background sync off unless asked, so a test says when it syncs. */
export async function openApp(options: { background?: boolean; dataDir?: string } = {}): Promise<App> {
  const temp = options.dataDir ? null : await makeTempDir('redaksi-sync-')
  const dataDir = options.dataDir ?? temp!.path
  const redaksi = await openRedaksi(
    { storeDir: join(dataDir, 'store'), settingsFile: join(dataDir, 'settings.json') },
    { name: 'Redaksi', version: '0.0.0-test', transport: 'browser' },
    {},
    { background: options.background ?? false, backoffMs: 100, maxBackoffMs: 500, idlePullMs: 2000 }
  )
  return {
    redaksi,
    dataDir,
    async call(channel, request) {
      const result = await redaksi.dispatch(channel, request)
      if (!result.ok) throw new Error(`${channel}: ${result.error.reason}: ${result.error.message}`)
      return result.value as never
    },
    close: async () => {
      await redaksi.close()
      await temp?.remove()
    }
  }
}

export async function signIn(app: App, server: string, login: string): Promise<void> {
  const status = await app.call('sync.login', { server, login, password: PASSWORD })
  expect(status.account?.login).toBe(login)
}

/** Fills the fields a submit's house-style check wants, so the journey is about sync, not style. */
export function readyDraft(headline: string, text = 'Banjir merendam ratusan rumah warga.') {
  return {
    headline,
    section: 'megapolitan',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' },
    penulis: ['Wulan Sari'],
    editor: [],
    sumber: ['Antara'],
    featuredImage: null,
    body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    tags: []
  }
}
