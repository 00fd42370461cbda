// Images, content-addressed: the reference is the sha256 of the bytes plus the extension, so the
// server checks the bytes against their name and keeps each image once, whoever uploads it again.
import { createHash } from 'node:crypto'
import { checkImage } from '../../shared/image-bytes'
import { RedaksiFailure } from '../../shared/result'
import type { Db } from './db'

const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp' }

export const contentTypeOf = (ref: string): string => TYPES[ref.split('.')[1] ?? ''] ?? 'application/octet-stream'

export function checkAssetBytes(ref: string, bytes: Buffer): void {
  const hash = createHash('sha256').update(bytes).digest('hex')
  if (hash !== ref.slice(0, 64)) throw new RedaksiFailure('sync.asset-mismatch', { asset: ref })
  // The app's own image check, so the server takes no image the photo field would refuse.
  checkImage(bytes, ref)
}

export async function putAsset(db: Db, ref: string, bytes: Buffer, accountId: string): Promise<{ ref: string; size: number; created: boolean }> {
  checkAssetBytes(ref, bytes)
  const { rowCount } = await db.query(
    'insert into assets (ref, bytes, size, uploaded_by) values ($1, $2, $3, $4) on conflict (ref) do nothing',
    [ref, bytes, bytes.length, accountId]
  )
  return { ref, size: bytes.length, created: rowCount === 1 }
}

export async function getAsset(db: Db, ref: string): Promise<Buffer> {
  const { rows } = await db.query<{ bytes: Buffer }>('select bytes from assets where ref = $1', [ref])
  const row = rows[0]
  if (!row) throw new RedaksiFailure('store.asset-not-found', { asset: ref })
  return row.bytes
}
