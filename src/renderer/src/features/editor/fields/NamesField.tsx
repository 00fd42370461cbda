import { memo, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Several names (penulis, editor, sumber, tags): chips with remove buttons, suggestions from earlier articles. */
export const NamesField = memo(function NamesField(props: {
  label: string
  names: string[]
  suggestions?: string[]
  onChange: (names: string[]) => void
}): React.JSX.Element {
  const { t } = useTranslation('editor')
  const [typing, setTyping] = useState('')
  const inputId = useId()
  const listId = useId()
  const add = (): void => {
    const name = typing.trim().replace(/\s+/g, ' ')
    if (name && !props.names.includes(name)) props.onChange([...props.names, name])
    setTyping('')
  }
  return (
    <div className="field field--names">
      <label htmlFor={inputId}>{props.label}</label>
      <ul className="chips" aria-label={t('chosenNames', { field: props.label })}>
        {props.names.map((name) => (
          <li key={name} className="chip">
            <span>{name}</span>
            <button
              type="button"
              className="chip__remove"
              aria-label={t('removeName', { name })}
              onClick={() => props.onChange(props.names.filter((n) => n !== name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        list={props.suggestions?.length ? listId : undefined}
        value={typing}
        placeholder={t('namePlaceholder')}
        onChange={(event) => setTyping(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault()
            add()
          } else if (event.key === 'Backspace' && typing === '' && props.names.length > 0) {
            props.onChange(props.names.slice(0, -1))
          }
        }}
        onBlur={add}
      />
      {props.suggestions?.length ? (
        <datalist id={listId}>
          {props.suggestions
            .filter((s) => !props.names.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      ) : null}
    </div>
  )
})
