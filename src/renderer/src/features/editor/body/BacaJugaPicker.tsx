import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '../../../../../shared/article'
import type { SearchHit } from '../../../../../shared/ipc'
import { Dialog } from '../../../ui/Dialog'

/** Finds a stored article by headline to link from a Baca Juga block. */
export function BacaJugaPicker(props: {
  currentId: string
  /** The dialog's title: inserting a new block (the default) or linking one already there. */
  title?: string
  onPick: (article: ArticleSummary) => void
  onClose: () => void
}): React.JSX.Element {
  const { t } = useTranslation('editor')
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<SearchHit[]>([])
  const [active, setActive] = useState(0)

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      const request = query.trim()
        ? window.redaksi.articles.search({ text: query, limit: 20 })
        : window.redaksi.articles.list({ limit: 20 }).then((r) => (r.ok ? { ok: true as const, value: r.value.items } : r))
      void request.then((result) => {
        if (!current || !result.ok) return
        setResults(result.value.filter((a) => a.id !== props.currentId && a.status !== 'spiked' && a.headline.trim() !== ''))
        setActive(0)
      })
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query, props.currentId])

  // A server hit is fetched first, so the link's target exists in this computer's store.
  const pick = (article: SearchHit | undefined): void => {
    if (!article) return
    if (!article.onServer) return props.onPick(article)
    void window.redaksi.sync.fetch({ id: article.id }).then((result) => {
      if (result.ok) props.onPick(article)
    })
  }

  return (
    <Dialog title={props.title ?? t('pickerTitle')} onClose={props.onClose} className="picker">
      <input
        className="picker__search"
        type="search"
        aria-label={t('pickerSearch')}
        placeholder={t('pickerSearch')}
        autoFocus
        value={query}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="picker-results"
        aria-activedescendant={results[active] ? `picker-${results[active].id}` : undefined}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setActive((i) => Math.min(i + 1, results.length - 1))
          } else if (event.key === 'ArrowUp') {
            event.preventDefault()
            setActive((i) => Math.max(i - 1, 0))
          } else if (event.key === 'Enter') {
            event.preventDefault()
            pick(results[active])
          }
        }}
      />
      {results.length === 0 ? (
        <p className="picker__empty">{t('pickerEmpty')}</p>
      ) : (
        <ul id="picker-results" role="listbox" aria-label={props.title ?? t('pickerTitle')} className="picker__results">
          {results.map((article, index) => (
            <li
              key={article.id}
              id={`picker-${article.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(article)}
            >
              {article.headline}
              <span className="picker__meta">
                {article.section}
                {article.onServer ? ` · ${t('pickerOnServer')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  )
}
