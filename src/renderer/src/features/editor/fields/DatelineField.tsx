import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dateline } from '../../../../../shared/article'

export const DatelineField = memo(function DatelineField(props: { value: Dateline; onChange: (value: Dateline) => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const id = useId()
  return (
    <fieldset className="field field--dateline">
      <legend>{t('dateline')}</legend>
      <div className="field__row">
        <div className="field__cell">
          <label htmlFor={`${id}-city`}>{t('datelineCity')}</label>
          <input
            id={`${id}-city`}
            value={props.value.city}
            autoCapitalize="characters"
            // Kompas prints the city in capitals; typing it so spares the writer the Caps Lock.
            onChange={(event) => props.onChange({ ...props.value, city: event.target.value.toLocaleUpperCase('id-ID') })}
          />
        </div>
        <div className="field__cell">
          <label htmlFor={`${id}-outlet`}>{t('datelineOutlet')}</label>
          <input
            id={`${id}-outlet`}
            value={props.value.outlet}
            onChange={(event) => props.onChange({ ...props.value, outlet: event.target.value })}
          />
        </div>
      </div>
    </fieldset>
  )
})
