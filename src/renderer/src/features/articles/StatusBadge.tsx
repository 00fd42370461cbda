import { useTranslation } from 'react-i18next'
import type { Status } from '../../../../shared/article'

/** An article's workflow status as a small coloured label; the colour only repeats the word. */
export function StatusBadge({ status }: { status: Status }): React.JSX.Element {
  const { t } = useTranslation()
  return <span className={`status-badge status-badge--${status}`}>{t(`app:status.${status}`)}</span>
}
