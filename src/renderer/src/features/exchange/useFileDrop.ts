import { useEffect, useRef } from 'react'

/**
 * Files dropped anywhere on the window go to `onFiles`, unless something under the pointer took
 * the drop itself (the body editor, the photo field). Without this, a browser or Electron would
 * open the dropped file in place of the app.
 */
export function useFileDrop(onFiles: (files: File[]) => void, enabled = true): void {
  const handler = useRef(onFiles)
  useEffect(() => {
    handler.current = onFiles
  })
  useEffect(() => {
    if (!enabled) return
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const drop = (event: DragEvent): void => {
      if (event.defaultPrevented) return
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length === 0) return
      event.preventDefault()
      handler.current(files)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [enabled])
}
