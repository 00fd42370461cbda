import { checkImage, imageType } from '../../shared/image-bytes'
import type { ArticleStore } from '../store'
import type { Services } from './services'

export function imageServices(store: ArticleStore): Pick<Services, 'assets.put' | 'assets.get'> {
  return {
    'assets.put': async ({ fileName, base64 }) => {
      const bytes = Buffer.from(base64, 'base64')
      checkImage(bytes, fileName)
      const { asset } = await store.putAsset(bytes, fileName)
      return { asset }
    },
    'assets.get': async ({ asset }) => {
      const bytes = await store.readAsset(asset)
      return { base64: Buffer.from(bytes).toString('base64'), mimeType: imageType(bytes) ?? 'application/octet-stream' }
    }
  }
}
