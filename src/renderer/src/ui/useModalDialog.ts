import { useEffect, useRef, type RefObject } from 'react'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Drives a native <dialog> as a modal from an `open` flag: showModal() makes the page behind it
 * inert and gives Esc, and this adds what the platform leaves out: Tab wraps inside the dialog
 * (a browser would otherwise let it leave to its own toolbar) and focus goes back to where it was.
 * Esc asks the owner to close (`onCancel`), so the dialog never shuts before the flag says so: a
 * key handled between the browser's close and its close event would find the flag still set.
 */
export function useModalDialog(
  open: boolean,
  close: () => void
): {
  ref: RefObject<HTMLDialogElement | null>
  onKeyDown: (event: React.KeyboardEvent<HTMLDialogElement>) => void
  onCancel: (event: React.SyntheticEvent<HTMLDialogElement>) => void
} {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    return () => {
      if (dialog.open) dialog.close()
      returnTo?.focus()
    }
  }, [open])

  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab') return
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }
  const onCancel = (event: React.SyntheticEvent<HTMLDialogElement>): void => {
    event.preventDefault()
    close()
  }
  return { ref, onKeyDown, onCancel }
}
