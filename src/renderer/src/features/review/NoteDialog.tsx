import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog, FormActions } from '../../ui/Dialog'

/** Asks for the note that returning (or reopening) an article requires. */
export function NoteDialog(props: { title: string; onConfirm: (note: string) => void; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation('review')
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState(false)
  const id = useId()
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!note.trim()) {
            setMissing(true)
            return
          }
          props.onConfirm(note.trim())
        }}
      >
        <label htmlFor={id}>{t('noteLabel')}</label>
        <textarea id={id} rows={4} value={note} autoFocus aria-invalid={missing} onChange={(e) => setNote(e.target.value)} />
        {missing && (
          <p role="alert" className="field__hint field__hint--warning">
            {t('noteRequired')}
          </p>
        )}
        <FormActions cancel={t('cancel')} submit={t('confirm')} onCancel={props.onClose} />
      </form>
    </Dialog>
  )
}
