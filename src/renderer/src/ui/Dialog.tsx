import { useId, type ReactNode } from 'react'
import { useModalDialog } from './useModalDialog'
import './Dialog.css'

/**
 * A modal dialog that exists while it is rendered: the native <dialog> shown modal (the page
 * behind is inert), Tab kept inside, Esc asking the owner to close, focus returned afterwards.
 */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; className?: string }): React.JSX.Element {
  const { ref, onKeyDown, onCancel } = useModalDialog(true, props.onClose)
  const titleId = useId()
  return (
    <dialog
      ref={ref}
      className={`dialog ${props.className ?? ''}`}
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      // Esc: the owner decides (and unmounts us).
      onCancel={onCancel}
    >
      <h2 id={titleId} className="dialog__title">
        {props.title}
      </h2>
      {props.children}
    </dialog>
  )
}

/** The row every form dialog ends with: extra actions first, then Cancel, then the form's submit. */
export function FormActions(props: { cancel: string; submit: string; onCancel: () => void; children?: ReactNode }): React.JSX.Element {
  return (
    <div className="dialog__actions">
      {props.children}
      <button type="button" className="button button--quiet" onClick={props.onCancel}>
        {props.cancel}
      </button>
      <button type="submit" className="button button--primary">
        {props.submit}
      </button>
    </div>
  )
}
