import { useTranslation } from 'react-i18next'
import type { Zone } from '../../../../shared/article'
import { describeUpdated, formatUpdatedDate } from './updated-time'

/** "2 menit lalu" or "17 Juni 2024, 20:49 WIB"; the exact time is kept in the element for tools and tooltips. */
export function UpdatedTime({ updatedAt, now, zone }: { updatedAt: string; now: number; zone: Zone }): React.JSX.Element {
  const { t, i18n } = useTranslation('list')
  const when = describeUpdated(updatedAt, now, zone)
  const exact = formatUpdatedDate(new Date(updatedAt), zone, i18n.language)
  const text =
    when.kind === 'justNow'
      ? t('updated.justNow')
      : when.kind === 'minutes'
        ? t('updated.minutes', { count: when.count })
        : when.kind === 'hours'
          ? t('updated.hours', { count: when.count })
          : when.kind === 'yesterday'
            ? t('updated.yesterday', { time: when.time })
            : exact
  return (
    <time dateTime={updatedAt} title={exact}>
      {text}
    </time>
  )
}
