// Images by content: the file name is the sha256 of the bytes, so the same photo imported twice is
// kept once, and a reference can never point at changed bytes. The extension is kept so exports
// and the OS know what the file is.
import { createHash } from 'node:crypto'
import { access } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { AssetRefSchema } from '../../shared/article'
import { writeFileDurably } from './durable-file'
import { StoreError } from './errors'

const SAME_TYPE: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', tiff: 'tif' }

export function assetExtension(fileName: string): string {
  const raw = extname(fileName).slice(1).toLowerCase()
  const ext = SAME_TYPE[raw] ?? raw
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : 'bin'
}

export function assetPath(assetsDir: string, asset: string): string {
  if (!AssetRefSchema.safeParse(asset).success) {
    throw new StoreError('invalid', `"${asset}" is not an asset reference (rujukan gambar tidak sah).`)
  }
  return join(assetsDir, asset)
}

export async function putAsset(
  assetsDir: string,
  bytes: Uint8Array,
  fileName: string
): Promise<{ asset: string; path: string }> {
  const hash = createHash('sha256').update(bytes).digest('hex')
  const asset = `${hash}.${assetExtension(fileName)}`
  const path = join(assetsDir, asset)
  const exists = await access(path).then(
    () => true,
    () => false
  )
  if (!exists) await writeFileDurably(path, bytes)
  return { asset, path }
}
