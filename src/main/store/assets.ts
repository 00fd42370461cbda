// Images by content: the file name is the sha256 of the bytes, so the same photo imported twice is
// kept once, and a reference can never point at changed bytes. The extension is kept so exports
// and the OS know what the file is. Only the store knows where they lie: callers ask for bytes.
import { createHash } from 'node:crypto'
import { access, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { AssetRefSchema } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import { writeFileDurably } from '../files'
import { ioFailure } from './store-failures'

const SAME_TYPE: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', tiff: 'tif' }

export function assetExtension(fileName: string): string {
  const raw = extname(fileName).slice(1).toLowerCase()
  const ext = SAME_TYPE[raw] ?? raw
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : 'bin'
}

const present = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false
  )

export class Assets {
  constructor(private readonly dir: string) {}

  /** Outside the write queue on purpose: content-addressed writes are idempotent and never touch article files. */
  async put(bytes: Uint8Array, fileName: string): Promise<{ asset: string }> {
    const hash = createHash('sha256').update(bytes).digest('hex')
    const asset = `${hash}.${assetExtension(fileName)}`
    const path = join(this.dir, asset)
    try {
      if (!(await present(path))) await writeFileDurably(path, bytes)
    } catch (err) {
      throw ioFailure(path, err)
    }
    return { asset }
  }

  async read(asset: string): Promise<Uint8Array> {
    const path = this.pathOf(asset)
    try {
      return await readFile(path)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new RedaksiFailure('store.asset-not-found', { asset })
      throw ioFailure(path, err)
    }
  }

  async has(asset: string): Promise<boolean> {
    return present(this.pathOf(asset))
  }

  /** A ref is a hash and an extension, never a path: nothing outside the assets folder is reachable. */
  private pathOf(asset: string): string {
    if (!AssetRefSchema.safeParse(asset).success) throw new RedaksiFailure('store.bad-asset-ref', { asset })
    return join(this.dir, asset)
  }
}
