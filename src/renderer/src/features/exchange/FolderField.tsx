import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Where to write. On the desktop, only the system's folder picker names the folder (main accepts
 * no other, decision 0075); in the browser host, a folder inside its files folder, typed.
 * `filesDir` is undefined until app.info has answered.
 */
export function FolderField(props: { value: string; onChange: (value: string) => void; filesDir: string | null | undefined }): React.JSX.Element {
  const { t } = useTranslation('exchange')
  const id = useId()
  if (typeof props.filesDir === 'string') {
    return (
      <div className="folder-field">
        <label htmlFor={id}>{t('folder')}</label>
        <input id={id} value={props.value} placeholder="ekspor" aria-describedby={`${id}-hint`} onChange={(e) => props.onChange(e.target.value)} />
        <p id={`${id}-hint`} className="field__hint">
          {t('insideFilesFolder', { dir: props.filesDir })}
        </p>
      </div>
    )
  }
  return (
    <div className="folder-field">
      <label htmlFor={id}>{t('folder')}</label>
      <div className="folder-field__row">
        <input id={id} value={props.value} placeholder={t('noFolderChosen')} readOnly />
        <button
          type="button"
          className="button button--quiet"
          disabled={props.filesDir === undefined}
          onClick={() =>
            void window.redaksi.desktop.chooseFolder({}).then((result) => {
              if (result.ok && result.value) props.onChange(result.value)
            })
          }
        >
          {t('chooseFolder')}
        </button>
      </div>
    </div>
  )
}
