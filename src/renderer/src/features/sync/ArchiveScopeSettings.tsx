import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_SECTIONS } from '../../../../shared/article'
import type { Failure } from '../../../../shared/result'
import { isWholeArchive, MAX_SCOPE_DAYS, type ArchiveScope } from '../../../../shared/sync/scope'
import { useFailureText } from '../../ui/failure-text'

const DEFAULT_DAYS = 30

/**
 * Which part of the newsroom archive this computer keeps (decision 0037): all of it, or the union
 * of own pieces, some desks and the last N days. The rest is searched through the server.
 */
export function ArchiveScopeSettings(): React.JSX.Element | null {
  const { t } = useTranslation('sync')
  const { t: tl } = useTranslation('list')
  const word = useFailureText()
  const id = useId()
  const [scope, setScope] = useState<ArchiveScope | null>(null)
  const [part, setPart] = useState(false)
  const [own, setOwn] = useState(false)
  const [desks, setDesks] = useState<string[]>([])
  const [daysOn, setDaysOn] = useState(false)
  const [days, setDays] = useState(DEFAULT_DAYS)
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<Failure | null>(null)

  const show = (s: ArchiveScope): void => {
    setScope(s)
    setPart(!isWholeArchive(s))
    setOwn(s.own === true)
    setDesks(s.desks ?? [])
    setDaysOn(s.days !== undefined)
    setDays(s.days ?? DEFAULT_DAYS)
  }
  useEffect(() => {
    void window.redaksi.sync.scope({}).then((r) => (r.ok ? show(r.value) : setError(r.error)))
  }, [])

  if (!scope) return null
  const next: ArchiveScope = part ? { ...(own ? { own: true } : {}), ...(desks.length ? { desks } : {}), ...(daysOn ? { days } : {}) } : {}
  const save = (): void => {
    setSaved(false)
    void window.redaksi.sync.setScope(next).then((r) => {
      setError(r.ok ? null : r.error)
      if (r.ok) {
        show(r.value)
        setSaved(true)
      }
    })
  }
  const toggleDesk = (desk: string, on: boolean): void => setDesks((d) => (on ? [...d, desk] : d.filter((x) => x !== desk)))

  return (
    <fieldset className="archive-scope" aria-labelledby={`${id}-title`}>
      <legend id={`${id}-title`}>{t('scopeTitle')}</legend>
      <label>
        <input type="radio" name={`${id}-part`} checked={!part} onChange={() => setPart(false)} /> {t('scopeAll')}
      </label>
      <label>
        <input type="radio" name={`${id}-part`} checked={part} onChange={() => setPart(true)} /> {t('scopePart')}
      </label>
      {part && (
        <div className="archive-scope__parts">
          <label>
            <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} /> {t('scopeOwn')}
          </label>
          <fieldset>
            <legend>{t('scopeDesks')}</legend>
            {DEFAULT_SECTIONS.map((desk) => (
              <label key={desk} className="archive-scope__desk">
                <input type="checkbox" checked={desks.includes(desk)} onChange={(e) => toggleDesk(desk, e.target.checked)} />{' '}
                {tl(`section.${desk}`, { defaultValue: desk })}
              </label>
            ))}
          </fieldset>
          <label>
            <input type="checkbox" checked={daysOn} onChange={(e) => setDaysOn(e.target.checked)} /> {t('scopeDays')}
          </label>
          <input
            type="number"
            aria-label={t('scopeDays')}
            min={1}
            max={MAX_SCOPE_DAYS}
            value={days}
            disabled={!daysOn}
            onChange={(e) => setDays(Math.min(MAX_SCOPE_DAYS, Math.max(1, Math.trunc(Number(e.target.value)) || 1)))}
          />
        </div>
      )}
      <p className="field__hint">{t('scopeNote')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={save}>
          {t('scopeSave')}
        </button>
      </div>
      {saved && <p role="status">{t('scopeSaved')}</p>}
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {word(error)}
        </p>
      )}
    </fieldset>
  )
}
