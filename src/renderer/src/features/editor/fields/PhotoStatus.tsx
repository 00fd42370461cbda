import { useTranslation } from 'react-i18next'
import { PHOTO_STAGES, type PhotoStage, type PreparedPhoto } from './scale-photo'

function megabytes(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en' : 'id', { maximumFractionDigits: 1 })
  return bytes >= 1024 * 1024 ? `${format.format(bytes / (1024 * 1024))} MB` : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}

/**
 * One live region for the photo: the step under way with its progress bar, then what was done to
 * the photo. Always in the page, so a screen reader hears each change.
 */
export function PhotoStatus(props: { stage: PhotoStage | null; outcome: PreparedPhoto | null }): React.JSX.Element {
  const { t, i18n } = useTranslation('photo')
  const { stage, outcome } = props
  const pixels = (size: { width: number; height: number }): string => t('pixels', { width: size.width, height: size.height })
  let line: string | null = null
  if (outcome) {
    const words = { from: pixels(outcome.source), fromSize: megabytes(outcome.source.bytes, i18n.language), to: pixels(outcome.stored), toSize: megabytes(outcome.stored.bytes, i18n.language) }
    const resized = outcome.source.width !== outcome.stored.width || outcome.source.height !== outcome.stored.height
    line = t(outcome.scaled ? (resized ? 'scaled' : 'compressed') : 'kept', words)
  }
  return (
    <div className="photo-status" role="status" data-testid="photo-status">
      {stage ? (
        <>
          <progress max={PHOTO_STAGES.length} value={PHOTO_STAGES.indexOf(stage) + 1} aria-label={t('progress')} />
          <span data-stage={stage}>{t(`stage.${stage}`)}</span>
        </>
      ) : (
        line && <span data-testid="photo-outcome">{line}</span>
      )}
    </div>
  )
}
