import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { headlineLength } from '../../../../../shared/kompas/headline-count'

export const HeadlineField = memo(function HeadlineField(props: { value: string; limit: number; onChange: (value: string) => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  // The same count as the house-style rule, so the counter and the panel agree.
  const length = headlineLength(props.value)
  const tooLong = length > props.limit
  return (
    <div className="field field--headline">
      <label htmlFor="headline">{t('headline')}</label>
      <textarea
        id="headline"
        className="headline-input"
        rows={2}
        value={props.value}
        placeholder={t('headlinePlaceholder')}
        aria-describedby="headline-count"
        aria-invalid={tooLong}
        // A headline is one line: Enter moves on to the body instead of breaking it.
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            document.querySelector<HTMLElement>('.body-editor .ProseMirror')?.focus()
          }
        }}
        onChange={(event) => props.onChange(event.target.value.replace(/\s*\n\s*/g, ' '))}
      />
      <p id="headline-count" className={tooLong ? 'field__hint field__hint--warning' : 'field__hint'} aria-live="polite">
        {t('headlineCount', { count: length, limit: props.limit })}
        {tooLong && <> · {t('headlineTooLong', { limit: props.limit })}</>}
      </p>
    </div>
  )
})
