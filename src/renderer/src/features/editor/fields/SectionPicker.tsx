import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_SECTIONS } from '../../../../../shared/article'

export const SectionPicker = memo(function SectionPicker(props: { value: string; onChange: (value: string) => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const sections: readonly string[] = DEFAULT_SECTIONS.includes(props.value as (typeof DEFAULT_SECTIONS)[number])
    ? DEFAULT_SECTIONS
    : [props.value, ...DEFAULT_SECTIONS]
  return (
    <div className="field">
      <label htmlFor="section">{t('section')}</label>
      <select id="section" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {sections.map((section) => (
          <option key={section} value={section}>
            {section}
          </option>
        ))}
      </select>
    </div>
  )
})
