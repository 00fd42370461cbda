import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** What an export wrote, and the page to open in the system browser. */
export function ExportedFiles(props: { files: string[] }): React.JSX.Element {
  const { t } = useTranslation('exchange')
  const [cannotOpen, setCannotOpen] = useState<string | null>(null)
  const page = props.files.find((f) => f.endsWith('/index.html') || f.endsWith('\\index.html')) ?? props.files.find((f) => f.endsWith('.html'))
  // The folder as main wrote it (inside the files folder, in the browser host), not as typed.
  const first = props.files[0] ?? ''
  const dir = first.slice(0, Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')))
  return (
    <div className="exported" role="status">
      <p>{t('exported', { count: props.files.length, dir })}</p>
      <ul className="exported__files">
        {props.files.slice(0, 8).map((file) => (
          <li key={file}>
            <code>{file}</code>
          </li>
        ))}
        {props.files.length > 8 && <li>…</li>}
      </ul>
      {page && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void window.redaksi.desktop.openExported({ path: page }).then((result) => {
              if (!result.ok || !result.value) setCannotOpen(page)
            })
          }
        >
          {t('openInBrowser')}
        </button>
      )}
      {cannotOpen && <p>{t('openYourself', { path: cannotOpen })}</p>}
    </div>
  )
}
