import { useEffect, useState } from 'react'
import { base64ToBytes } from '../../../ui/base64'

/** An object URL for a stored image, released when the image changes or the view goes away. */
export function useAssetUrl(asset: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!asset) return
    let objectUrl: string | null = null
    let current = true
    void window.redaksi.assets.get({ asset }).then((result) => {
      if (!current || !result.ok) return
      objectUrl = URL.createObjectURL(new Blob([base64ToBytes(result.value.base64)], { type: result.value.mimeType }))
      setUrl(objectUrl)
    })
    return () => {
      current = false
      setUrl(null)
      if (objectUrl) URL.revokeObjectURL(objectUrl)
    }
  }, [asset])
  return asset ? url : null
}
