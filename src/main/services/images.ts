import { MAX_IMAGE_BYTES } from '../../shared/ipc'
import type { ArticleStore } from '../store'
import type { Services } from './services'
import { RedaksiFailure } from '../../shared/result'


/** Image formats a newsroom photo arrives in, recognised by their first bytes rather than the name. */
const SIGNATURES: { mimeType: string; test: (b: Uint8Array) => boolean }[] = [
  { mimeType: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mimeType: 'image/png', test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v) },
  { mimeType: 'image/gif', test: (b) => String.fromCharCode(...b.subarray(0, 6)).startsWith('GIF8') },
  {
    mimeType: 'image/webp',
    test: (b) => String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP'
  }
]

export function imageType(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.mimeType ?? null
}

export function imageServices(store: ArticleStore): Pick<Services, 'assets.put' | 'assets.get'> {
  return {
    'assets.put': async ({ fileName, base64 }) => {
      const bytes = Buffer.from(base64, 'base64')
      if (bytes.length === 0) throw new RedaksiFailure('image.empty', { file: fileName })
      if (bytes.length > MAX_IMAGE_BYTES) throw new RedaksiFailure('image.too-large', { file: fileName, mb: MAX_IMAGE_BYTES / (1024 * 1024) })
      if (!imageType(bytes)) throw new RedaksiFailure('image.not-image', { file: fileName })
      const { asset } = await store.putAsset(bytes, fileName)
      return { asset }
    },
    'assets.get': async ({ asset }) => {
      const bytes = await store.readAsset(asset)
      return { base64: Buffer.from(bytes).toString('base64'), mimeType: imageType(bytes) ?? 'application/octet-stream' }
    }
  }
}
