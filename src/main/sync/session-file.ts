// Who this data folder is signed in as: the server's address, the device token and the account it
// belongs to. Kept beside settings.json, never in the store (a store can be copied to a shared
// drive; a token must not travel with it), never logged, readable by the owner only.
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { removeDurably } from '../files'
import { writeSecretDurably } from './secret-file'

export const AccountSchema = z.object({
  id: z.string().min(1).max(64),
  login: z.string().min(1).max(100),
  displayName: z.string().min(1).max(200),
  role: z.string().min(1).max(40)
})
export type Account = z.infer<typeof AccountSchema>

const SessionSchema = z.object({
  schemaVersion: z.literal(1),
  server: z.string().url(),
  token: z.string().min(1).max(1000),
  account: AccountSchema,
  connectedAt: z.string()
})
export type Session = z.infer<typeof SessionSchema>

export class SessionFile {
  private session: Session | null = null

  private constructor(private readonly path: string) {}

  static async open(path: string): Promise<SessionFile> {
    const file = new SessionFile(path)
    try {
      const parsed = SessionSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
      // A session we cannot read is no session: the user signs in again, nothing else is lost.
      if (parsed.success) file.session = parsed.data
    } catch {
      file.session = null
    }
    return file
  }

  get(): Session | null {
    return this.session
  }

  async set(session: Omit<Session, 'schemaVersion'>): Promise<Session> {
    const next: Session = { schemaVersion: 1, ...session }
    await writeSecretDurably(this.path, JSON.stringify(next))
    this.session = next
    return next
  }

  async clear(): Promise<void> {
    await removeDurably(this.path)
    this.session = null
  }
}
