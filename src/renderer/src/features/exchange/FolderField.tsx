import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Where to write: the system's folder picker where there is one (the desktop app), and the path
 * typed in either way, so the same dialog serves the browser host.
 */
export function FolderField(props: { value: string; onChange: (value: string) => void }): React.JSX.Element {
  const { t } = useTranslation('exchange')
  const id = useId()
  return (
    <div className="folder-field">
      <label htmlFor={id}>{t('folder')}</label>
      <div className="folder-field__row">
        <input id={id} value={props.value} placeholder="/home/…/ekspor" onChange={(e) => props.onChange(e.target.value)} />
        <button
          type="button"
          className="button button--quiet"
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
