import { useTranslation } from 'react-i18next'
import { useFailureText } from '../../ui/failure-text'
import type { SaveState } from './save-state'

export interface BodyStats {
  words: number
  characters: number
}

/** Indonesian news reads at about 200 words a minute; under a minute still shows as one. */
const WORDS_PER_MINUTE = 200

/** `stats` is null until the body's first count (useBodyStats): the counts are left blank meanwhile. */
export function StatusBar(props: { stats: BodyStats | null; saveState: SaveState; onRetry: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const failureText = useFailureText()
  const { stats } = props
  const s = props.saveState
  return (
    <footer className="status-bar">
      <ul className="status-bar__counts">
        <li data-testid="word-count">{stats && t('words', { count: stats.words })}</li>
        <li>{stats && t('characters', { count: stats.characters })}</li>
        <li>{stats && t('readingTime', { count: Math.max(1, Math.round(stats.words / WORDS_PER_MINUTE)) })}</li>
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
        {/* The choice itself is the banner's (ConflictChoices): reloading here would drop the typing. */}
        {s.kind === 'conflict' && t('conflict')}
      </span>
    </footer>
  )
}
