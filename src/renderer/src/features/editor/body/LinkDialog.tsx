import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseSafeLink } from '../../../../../shared/links'
import { Dialog, FormActions } from '../../../ui/Dialog'

export function LinkDialog(props: {
  initial: string
  onApply: (href: string) => void
  onRemove: () => void
  onClose: () => void
}): React.JSX.Element {
  const { t } = useTranslation('editor')
  const [href, setHref] = useState(props.initial)
  const [invalid, setInvalid] = useState(false)
  return (
    <Dialog title={t('linkDialog')} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          const candidate = /^[a-z][a-z0-9+.-]*:/i.test(href.trim()) ? href.trim() : `https://${href.trim()}`
          const url = parseSafeLink(candidate)
          if (!url) {
            setInvalid(true)
            return
          }
          props.onApply(url.toString())
        }}
      >
        <label htmlFor="link-href">{t('linkUrl')}</label>
        <input
          id="link-href"
          autoFocus
          value={href}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'link-error' : undefined}
          onChange={(event) => {
            setHref(event.target.value)
            setInvalid(false)
          }}
        />
        {invalid && (
          <p id="link-error" role="alert" className="field__hint field__hint--warning">
            {t('linkInvalid')}
          </p>
        )}
        <FormActions cancel={t('cancel')} submit={t('linkApply')} onCancel={props.onClose}>
          {props.initial && (
            <button type="button" className="button button--quiet" onClick={props.onRemove}>
              {t('linkRemove')}
            </button>
          )}
        </FormActions>
      </form>
    </Dialog>
  )
}
