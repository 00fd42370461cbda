import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ZoneSchema, type Published, type Zone } from '../../../../../shared/article'
import { isRealClock, publishedAt, wallClock } from '../../../../../shared/kompas/tanggal'

const pad = (n: number): string => String(n).padStart(2, '0')

function inputsOf(published: Published | null): { date: string; time: string; zone: Zone } {
  if (!published) return { date: '', time: '', zone: 'WIB' }
  const c = wallClock(new Date(published.at), published.zone)
  return { date: `${c.year}-${pad(c.month)}-${pad(c.day)}`, time: `${pad(c.hour)}:${pad(c.minute)}`, zone: published.zone }
}

function publishedOf(date: string, time: string, zone: Zone): Published | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time || '00:00')
  if (!d || !t) return null
  const clock = { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]! }
  return isRealClock(clock) ? publishedAt(clock, zone) : null
}

/** Date, time and zone as the writer's clock shows them; the line Kompas prints is SectionLine, on the page. */
export const PublishedField = memo(function PublishedField(props: {
  value: Published | null
  onChange: (value: Published | null) => void
}): React.JSX.Element {
  const { t } = useTranslation('editor')
  const id = useId()
  const current = inputsOf(props.value)
  const change = (next: Partial<typeof current>): void => {
    const merged = { ...current, ...next }
    props.onChange(publishedOf(merged.date, merged.time, merged.zone))
  }
  return (
    <fieldset className="field field--published">
      <legend>{t('published')}</legend>
      <div className="field__row">
        <div className="field__cell">
          <label htmlFor={`${id}-date`}>{t('date')}</label>
          <input id={`${id}-date`} type="date" value={current.date} onChange={(event) => change({ date: event.target.value })} />
        </div>
        <div className="field__cell">
          <label htmlFor={`${id}-time`}>{t('time')}</label>
          <input id={`${id}-time`} type="time" value={current.time} onChange={(event) => change({ time: event.target.value })} />
        </div>
        <div className="field__cell">
          <label htmlFor={`${id}-zone`}>{t('zone')}</label>
          <select id={`${id}-zone`} value={current.zone} onChange={(event) => change({ zone: ZoneSchema.parse(event.target.value) })}>
            {ZoneSchema.options.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        {props.value && (
          <button type="button" className="button button--quiet" onClick={() => props.onChange(null)}>
            {t('clearPublished')}
          </button>
        )}
      </div>
    </fieldset>
  )
})
