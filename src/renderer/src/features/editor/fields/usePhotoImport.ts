import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { failure, isFailure, type Failure } from '../../../../../shared/result'
import { bytesToBase64 } from '../../../ui/base64'
import { preparePhoto, type PhotoStage, type PreparedPhoto } from './scale-photo'

export interface PhotoImport {
  /** The step under way, null when idle. */
  stage: PhotoStage | null
  /** What the last import stored: sizes before and after. */
  outcome: PreparedPhoto | null
  error: Failure | null
  importPhoto(file: File, keepOriginal: boolean): Promise<void>
  /** The last picked file, kept so "Simpan ukuran asli" can be changed after the fact. */
  lastFile(): File | null
}

/** Prepares a picked photo (scale-photo.ts) and stores it; a newer pick makes an older one moot. */
export function usePhotoImport(onStored: (asset: string) => void): PhotoImport {
  const [stage, setStage] = useState<PhotoStage | null>(null)
  const [outcome, setOutcome] = useState<PreparedPhoto | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const last = useRef<File | null>(null)
  const run = useRef(0)
  const stored = useRef(onStored)
  useLayoutEffect(() => {
    stored.current = onStored
  })

  const importPhoto = useCallback(async (file: File, keepOriginal: boolean): Promise<void> => {
    const mine = ++run.current
    const current = (): boolean => run.current === mine
    last.current = file
    setError(null)
    setOutcome(null)
    try {
      const prepared = await preparePhoto(file, keepOriginal, (next) => current() && setStage(next))
      if (!current()) return
      setStage('storing')
      const result = await window.redaksi.assets.put({ fileName: prepared.fileName, base64: bytesToBase64(prepared.bytes) })
      if (!current()) return
      if (!result.ok) {
        setError(result.error)
        return
      }
      setOutcome(prepared)
      stored.current(result.value.asset)
    } catch (err) {
      // Whatever else a browser's decoder throws, the writer is told the file could not be read.
      if (current()) setError(isFailure(err) ? err.failure : failure('image.undecodable', { file: file.name }))
    } finally {
      if (current()) setStage(null)
    }
  }, [])

  return { stage, outcome, error, importPhoto, lastFile: () => last.current }
}
