import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EXPORT_FORMATS, type ExportFormat, type ExportJobStatus } from '../../../../shared/exchange'
import type { Failure } from '../../../../shared/result'
import { Dialog } from '../../ui/Dialog'
import { useFailureText } from '../../ui/failure-text'
import { ExportedFiles } from './ExportedFiles'
import { FolderField } from './FolderField'

const POLL_MS = 150

/**
 * Export one article in a chosen format, or every approved article as a folder of HTML pages with
 * an index, with progress and cancel. Writing happens in main; the dialog only asks.
 */
export function ExportDialog(props: { articleId: string | null; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation('exchange')
  const batch = props.articleId === null
  const [format, setFormat] = useState<ExportFormat>('html')
  const [image, setImage] = useState<'embed' | 'copy'>('embed')
  const [revisions, setRevisions] = useState(false)
  const [outDir, setOutDir] = useState('')
  const [job, setJob] = useState<ExportJobStatus | null>(null)
  const [written, setWritten] = useState<string[] | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  // The browser host's files folder, null on the desktop; undefined until app.info answers.
  const [filesDir, setFilesDir] = useState<string | null | undefined>(undefined)
  const failureText = useFailureText()
  const id = useId()

  useEffect(() => {
    void window.redaksi.app.info({}).then((result) => result.ok && setFilesDir(result.value.filesDir))
  }, [])

  // Follow a running batch job until it ends.
  useEffect(() => {
    if (!job || job.state !== 'running') return
    const timer = setTimeout(() => {
      void window.redaksi.export.progress({ job: job.job }).then((result) => {
        if (!result.ok) setError(result.error)
        else setJob(result.value)
      })
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [job])

  const start = async (): Promise<void> => {
    setError(null)
    setWritten(null)
    if (batch) {
      const result = await window.redaksi.export.batch({ outDir, image })
      if (result.ok) setJob(result.value)
      else setError(result.error)
      return
    }
    const result = await window.redaksi.export.article({ id: props.articleId!, format, outDir, image, revisions })
    if (result.ok) setWritten(result.value.files)
    else setError(result.error)
  }

  const running = job?.state === 'running'
  const done = written ?? (job?.state === 'done' ? job.files : null)
  return (
    <Dialog title={batch ? t('exportApproved') : t('export')} onClose={props.onClose} className="export-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void start()
        }}
      >
        {!batch && (
          <>
            <label htmlFor={`${id}-format`}>{t('format')}</label>
            <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`formats.${f}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {(batch || format === 'html') && (
          <fieldset className="export-dialog__choice">
            <legend>{t('image')}</legend>
            <label>
              <input type="radio" name={`${id}-image`} checked={image === 'embed'} onChange={() => setImage('embed')} /> {t('imageEmbed')}
            </label>
            <label>
              <input type="radio" name={`${id}-image`} checked={image === 'copy'} onChange={() => setImage('copy')} /> {t('imageCopy')}
            </label>
          </fieldset>
        )}
        {!batch && format === 'bundle' && (
          <label>
            <input type="checkbox" checked={revisions} onChange={(e) => setRevisions(e.target.checked)} /> {t('withRevisions')}
          </label>
        )}
        <FolderField value={outDir} onChange={setOutDir} filesDir={filesDir} />
        {running && job && (
          <div className="export-dialog__progress">
            <progress max={job.total} value={job.done} aria-label={t('progress', { done: job.done, total: job.total })} />
            <span>{t('progress', { done: job.done, total: job.total })}</span>
          </div>
        )}
        {job?.state === 'cancelled' && <p role="status">{t('cancelled')}</p>}
        {(error || job?.state === 'failed') && (
          <p role="alert" className="field__hint field__hint--warning">
            {t('exportFailed', { message: error ? failureText(error) : job?.error ? failureText(job.error) : '' })}
          </p>
        )}
        {done && <ExportedFiles files={done} />}
        <div className="dialog__actions">
          {running && job ? (
            <button type="button" className="button" onClick={() => void window.redaksi.export.cancel({ job: job.job }).then((r) => r.ok && setJob(r.value))}>
              {t('cancel')}
            </button>
          ) : (
            <>
              <button type="button" className="button button--quiet" onClick={props.onClose}>
                {t('close')}
              </button>
              <button type="submit" className="button button--primary" disabled={filesDir === undefined || (filesDir === null && !outDir)}>
                {t('start')}
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  )
}
