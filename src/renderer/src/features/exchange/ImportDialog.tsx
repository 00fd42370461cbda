import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { importLimit, megabytes, type ImportOutcome, type OnDuplicate } from '../../../../shared/exchange'
import { failureData } from '../../../../shared/result'
import { Dialog } from '../../ui/Dialog'
import { uiLanguage, useFailureText } from '../../ui/failure-text'
import { importNoteText } from '../../../../shared/i18n/import-notes'
import { navigate } from '../../ui/router'
import { bytesToBase64 } from '../../ui/base64'
import { imagesForPage, importableFiles } from './page-with-images'

interface Pending {
  file: File
  beside: File[]
  outcome: Extract<ImportOutcome, { kind: 'duplicate' }>
}

async function importFile(file: File, onDuplicate: OnDuplicate, beside: readonly File[]): Promise<ImportOutcome> {
  // The limit main would refuse it by, checked before the file is read into memory and sent.
  const limit = importLimit(file.name)
  if (file.size > limit) {
    return { kind: 'failed', fileName: file.name, failure: { reason: 'import.file-too-large', params: { file: file.name, size: megabytes(file.size), limit: megabytes(limit) } } }
  }
  // Bytes, not file.text(): that would decode UTF-8 only and turn every other byte into U+FFFD.
  const bytes = new Uint8Array(await file.arrayBuffer())
  const base64 = bytesToBase64(bytes)
  const images = /\.html?$/i.test(file.name) ? await imagesForPage(bytes, beside) : []
  const result = file.name.toLowerCase().endsWith('.redaksi')
    ? await window.redaksi.import.bundle({ fileName: file.name, base64, onDuplicate })
    : await window.redaksi.import.text({ fileName: file.name, base64, onDuplicate, ...(images.length ? { images } : {}) })
  return result.ok ? result.value : { kind: 'failed', fileName: file.name, failure: failureData(result.error) }
}

/**
 * Kompas text files, saved web pages (with the pictures saved beside them) and .redaksi bundles,
 * picked or dropped onto the window while the dialog is open, read here and stored by main. An
 * article that is already stored is never duplicated silently: the writer chooses to replace it
 * or keep both.
 */
export function ImportDialog(props: { onClose: () => void; onImported?: () => void }): React.JSX.Element {
  const { t, i18n } = useTranslation('exchange')
  const language = uiLanguage(i18n.language)
  const failureText = useFailureText()
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([])
  const [pending, setPending] = useState<Pending[]>([])

  const importAll = async (files: File[], beside: File[], onDuplicate: OnDuplicate): Promise<void> => {
    const results: ImportOutcome[] = []
    const asks: Pending[] = []
    for (const file of files) {
      const outcome = await importFile(file, onDuplicate, beside)
      if (outcome.kind === 'duplicate') asks.push({ file, beside, outcome })
      else results.push(outcome)
    }
    setOutcomes((o) => [...o, ...results])
    setPending((p) => [...p, ...asks])
    if (results.some((r) => r.kind === 'imported')) props.onImported?.()
  }

  const run = (picked: File[], onDuplicate: OnDuplicate): Promise<void> => importAll(importableFiles(picked), picked, onDuplicate)

  const decide = async (item: Pending, choice: 'replace' | 'keep-both'): Promise<void> => {
    setPending((p) => p.filter((x) => x !== item))
    await importAll([item.file], item.beside, choice)
  }

  // Files dropped anywhere on the window while the dialog is open import as picked ones do.
  const runRef = useRef(run)
  useEffect(() => {
    runRef.current = run
  })
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const drop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length === 0) return
      event.preventDefault()
      void runRef.current(files, 'ask')
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])

  const first = pending[0]
  return (
    <Dialog title={t('import')} onClose={props.onClose} className="import-dialog">
      <label htmlFor="import-files">{t('chooseFiles')}</label>
      <input
        id="import-files"
        type="file"
        multiple
        accept=".txt,.redaksi,.html,.htm,.docx,.jpg,.jpeg,.png,.gif,.webp,text/plain,text/html,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          void run(files, 'ask')
        }}
      />
      {first && (
        <div className="import-dialog__duplicate" role="alertdialog" aria-label={t('duplicateTitle')}>
          <p>
            <strong>{t('duplicateTitle')}</strong>
          </p>
          <p>{t('duplicateText', { headline: first.outcome.headline })}</p>
          <button type="button" className="button" onClick={() => void decide(first, 'replace')}>
            {t('replace')}
          </button>{' '}
          <button type="button" className="button" onClick={() => void decide(first, 'keep-both')}>
            {t('keepBoth')}
          </button>
        </div>
      )}
      <ul className="import-dialog__outcomes" aria-live="polite">
        {outcomes.map((outcome, i) => (
          <li key={i}>
            {outcome.kind === 'imported' ? (
              <>
                <a
                  href={`#/artikel/${outcome.id}`}
                  onClick={(event) => {
                    event.preventDefault()
                    props.onClose()
                    navigate({ screen: 'article', id: outcome.id })
                  }}
                >
                  {t('imported', { headline: outcome.headline })}
                </a>
                {outcome.bacaJuga.unresolved > 0 && <> {t('unresolvedBacaJuga', { count: outcome.bacaJuga.unresolved })}</>}
                {outcome.warnings.length > 0 && (
                  <ul className="import-dialog__notes">
                    {outcome.warnings.map((note, j) => (
                      <li key={j}>{importNoteText(language, note)}</li>
                    ))}
                  </ul>
                )}
              </>
            ) : outcome.kind === 'failed' ? (
              <span role="alert">{t('importFailed', { message: failureText(outcome.failure) })}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  )
}
