// Where a page's picture may come from: the page's own folder when the command line imports it by
// path, or the files the writer picked beside the page in the import dialog (bytes, matched by
// name). Read from disk only inside the page's folder, only a regular file, never past a link,
// and checked as every image door checks (shared/image-bytes.ts).
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { checkImage, MAX_IMAGE_BYTES, type ImageType } from '../../../shared/image-bytes'
import type { FeaturedImageRef } from './featured-image'

export type PageImages = { folder: string } | { files: readonly { fileName: string; bytes: Uint8Array }[] }

export type LoadedImage = { ok: true; asset: string; bytes: Uint8Array } | { ok: false; why: 'not-supplied' | 'unreadable' | 'refused' }

const EXTENSION: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

async function readInside(folder: string, path: string): Promise<Uint8Array | 'missing' | 'unreadable'> {
  const parts = path.split('/')
  if (parts.some((p) => p === '..' || p === '') || isAbsolute(path)) return 'unreadable'
  let target: string
  try {
    // Both resolved through any links, so a link inside the folder cannot point out of it.
    const root = await realpath(folder)
    target = await realpath(join(folder, ...parts))
    const inside = relative(root, target)
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return 'unreadable'
  } catch {
    return 'missing'
  }
  let handle
  try {
    handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  } catch {
    return 'unreadable'
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile() || stats.size > MAX_IMAGE_BYTES) return 'unreadable'
    const bytes = Buffer.alloc(stats.size)
    const { bytesRead } = await handle.read(bytes, 0, stats.size, 0)
    return bytes.subarray(0, bytesRead)
  } catch {
    return 'unreadable'
  } finally {
    await handle.close()
  }
}

/** The picture's bytes and asset name, or why there is none. */
export async function loadPageImage(ref: FeaturedImageRef, images: PageImages): Promise<LoadedImage> {
  let bytes: Uint8Array | 'missing' | 'unreadable'
  if ('folder' in images) bytes = await readInside(images.folder, ref.path)
  else bytes = images.files.find((f) => f.fileName === ref.name)?.bytes ?? 'missing'
  if (bytes === 'missing') return { ok: false, why: 'not-supplied' }
  if (bytes === 'unreadable') return { ok: false, why: 'unreadable' }
  let type: ImageType
  try {
    type = checkImage(bytes, ref.name)
  } catch {
    return { ok: false, why: 'refused' }
  }
  return { ok: true, asset: `${createHash('sha256').update(bytes).digest('hex')}.${EXTENSION[type]}`, bytes }
}
