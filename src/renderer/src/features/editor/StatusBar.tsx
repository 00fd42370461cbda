import { useTranslation } from 'react-i18next'
import { useFailureText } from '../../ui/failure-text'
import type { SaveState } from './save-state'

export interface BodyStats {
  words: number
  characters: number
}

/** Indonesian news reads at about 200 words a minute; under a minute still shows as one. */
const WORDS_PER_MINUTE = 200

export function StatusBar(props: { stats: BodyStats; saveState: SaveState; onRetry: () => void; onReload: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const failureText = useFailureText()
  const minutes = Math.max(1, Math.round(props.stats.words / WORDS_PER_MINUTE))
  const s = props.saveState
  return (
    <footer className="status-bar">
      <ul className="status-bar__counts">
        <li data-testid="word-count">{t('words', { count: props.stats.words })}</li>
        <li>{t('characters', { count: props.stats.characters })}</li>
        <li>{t('readingTime', { count: minutes })}</li>
      </ul>
      <span className={`save-indicator save-indicator--${s.kind}`} role="status" aria-live="polite" data-testid="save-indicator">
        {s.kind === 'saved' && t('saved')}
        {s.kind === 'saving' && t('saving')}
        {s.kind === 'unsaved' && t('unsaved')}
        {s.kind === 'failed' && (
          <>
            {t('saveFailed')}: {failureText(s.failure)}{' '}
            <button type="button" className="button" onClick={props.onRetry}>
              {t('retry')}
            </button>
          </>
        )}
        {s.kind === 'conflict' && (
          <>
            {t('conflict')}{' '}
            <button type="button" className="button" onClick={props.onReload}>
              {t('reload')}
            </button>
          </>
        )}
      </span>
    </footer>
  )
}
