import { Trans, useTranslation } from 'react-i18next'
import { KeyCombo } from '../../ui/KeyCombo'
import { shortcutKeys } from '../../ui/shortcuts'

interface Props {
  kind: 'empty' | 'filtered' | 'search'
  /** The search text, for the no-results message. */
  text: string
  onClear: () => void
}

/** What an empty list says: how to start writing, or how to widen a search or filter that found nothing. */
export function ListEmpty({ kind, text, onClear }: Props): React.JSX.Element {
  const { t } = useTranslation('list')
  return (
    <div className="list-empty">
      {kind === 'empty' ? (
        <>
          <h3 className="list-empty__title">{t('empty.title')}</h3>
          <p className="list-empty__body">
            <Trans t={t} i18nKey="empty.body" components={{ keys: <KeyCombo keys={shortcutKeys('new-article')} /> }} />
          </p>
        </>
      ) : (
        <>
          <h3 className="list-empty__title">{kind === 'search' ? t('emptySearch.title', { text }) : t('emptyFiltered.title')}</h3>
          <p className="list-empty__body">{kind === 'search' ? t('emptySearch.body') : t('emptyFiltered.body')}</p>
          <button type="button" className="button" onClick={onClear}>
            {kind === 'search' ? t('search.clear') : t('filter.clear')}
          </button>
        </>
      )}
    </div>
  )
}
