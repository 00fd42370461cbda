// Who this data folder is signed in as: the server's address, the device token and the account it
// belongs to. Kept beside settings.json, never in the store (a store can be copied to a shared
// drive; a token must not travel with it), never logged, readable by the owner only.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { JsonFile, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, removeDurably, type JsonFileKind } from '../files'

/**
 * Owner-only from the first byte (a chmod after the write would leave a moment others could read
 * it). Said here as well as by the app's default: a token must stay 0600 whatever that becomes.
 */
export const SECRET_MODE = PRIVATE_FILE_MODE

export const AccountSchema = z.object({
  id: z.string().min(1).max(64),
  login: z.string().min(1).max(100),
  displayName: z.string().min(1).max(200),
  role: z.string().min(1).max(40)
})
export type Account = z.infer<typeof AccountSchema>

const SessionSchema = z.object({
  server: z.string().url(),
  token: z.string().min(1).max(1000),
  account: AccountSchema,
  connectedAt: z.string()
})
export type Session = z.infer<typeof SessionSchema>

// A session we cannot read is no session: the user signs in again, nothing else is lost (and a
// token is not kept in a `.damaged` copy for anyone to find).
const SESSION_FILE: JsonFileKind<Session> = { version: 1, schema: SessionSchema, onDamage: 'discard' }

export class SessionFile {
  private session: Session | null = null
  private readonly file: JsonFile<Session>

  private constructor(private readonly path: string) {
    this.file = new JsonFile(path, SESSION_FILE, { mode: SECRET_MODE })
  }

  static async open(path: string): Promise<SessionFile> {
    const file = new SessionFile(path)
    const found = await file.file.read()
    if (found.state === 'ok') file.session = found.data
    return file
  }

  get(): Session | null {
    return this.session
  }

  async set(next: Session): Promise<Session> {
    await mkdir(dirname(this.path), { recursive: true, mode: PRIVATE_DIR_MODE })
    await this.file.write(next)
    this.session = next
    return next
  }

  async clear(): Promise<void> {
    await removeDurably(this.path)
    this.session = null
  }
}
