import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PullQuoteAttrs } from '../../../../../shared/editor/nodes/pull-quote'
import { Dialog, FormActions } from '../../../ui/Dialog'

/** Asks for a pull quote's line and who said it; the house-style panel checks it against the body. */
export function PullQuoteDialog(props: { initialQuote: string; onInsert: (attrs: PullQuoteAttrs) => void; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const [attrs, setAttrs] = useState<PullQuoteAttrs>({ quote: props.initialQuote, name: '', role: '' })
  const [empty, setEmpty] = useState(false)
  const field = (key: keyof PullQuoteAttrs) => ({
    id: `pull-quote-${key}`,
    value: attrs[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setAttrs({ ...attrs, [key]: event.target.value })
      setEmpty(false)
    }
  })
  return (
    <Dialog title={t('pullQuoteDialog')} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (attrs.quote.trim() === '') setEmpty(true)
          else props.onInsert({ quote: attrs.quote.trim(), name: attrs.name.trim(), role: attrs.role.trim() })
        }}
      >
        <label htmlFor="pull-quote-quote">{t('pullQuoteText')}</label>
        <textarea {...field('quote')} autoFocus rows={3} aria-invalid={empty} aria-describedby={empty ? 'pull-quote-error' : undefined} />
        {empty && (
          <p id="pull-quote-error" role="alert" className="field__hint field__hint--warning">
            {t('pullQuoteEmpty')}
          </p>
        )}
        <label htmlFor="pull-quote-name">{t('pullQuoteName')}</label>
        <input {...field('name')} />
        <label htmlFor="pull-quote-role">{t('pullQuoteRole')}</label>
        <input {...field('role')} />
        <FormActions cancel={t('cancel')} submit={t('pullQuoteInsert')} onCancel={props.onClose} />
      </form>
    </Dialog>
  )
}
