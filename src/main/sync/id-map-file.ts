// Server id ↔ local id, for articles this machine first saw from the server while the store could
// not keep a given id (see replica-store.ts). Articles made here keep their id on the server, so
// they need no entry. Durable like every sync file: a lost pair would store a piece twice.
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../store/durable-file'
import { WriteQueue } from '../store/write-queue'

const IdMapSchema = z.object({ schemaVersion: z.literal(1), pairs: z.record(z.string(), z.string()) })

export class IdMapFile {
  private serverToLocal = new Map<string, string>()
  private localToServer = new Map<string, string>()
  private readonly queue = new WriteQueue()

  private constructor(private readonly path: string) {}

  static async open(path: string): Promise<IdMapFile> {
    const file = new IdMapFile(path)
    try {
      const parsed = IdMapSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
      if (parsed.success) for (const [server, local] of Object.entries(parsed.data.pairs)) file.remember(server, local)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err
    }
    return file
  }

  serverIdOf(localId: string): string {
    return this.localToServer.get(localId) ?? localId
  }

  localIdOf(serverId: string): string {
    return this.serverToLocal.get(serverId) ?? serverId
  }

  pair(serverId: string, localId: string): Promise<void> {
    if (serverId === localId) return Promise.resolve()
    return this.queue.run(async () => {
      this.remember(serverId, localId)
      await mkdir(dirname(this.path), { recursive: true })
      await writeFileDurably(this.path, JSON.stringify({ schemaVersion: 1, pairs: Object.fromEntries(this.serverToLocal) }))
    })
  }

  private remember(server: string, local: string): void {
    this.serverToLocal.set(server, local)
    this.localToServer.set(local, server)
  }
}
