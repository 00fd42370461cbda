import type { Location } from '../../../../shared/kompas/findings'

// A form field says which article field it edits with `data-field` (the dotted names of
// src/shared/location.ts), so a finding's location leads to it without a table of element ids.
const selector = (field: string): string => `[data-field="${CSS.escape(field)}"]`

/** The article fields the page shows an element for now. */
export function fieldsOnPage(): Set<string> {
  return new Set([...document.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset.field ?? ''))
}

/** Scrolls to the field a finding is at and puts the cursor in it; false when it is not on the page. */
export function jumpToField(where: Location): boolean {
  if (where.field === 'body') return false
  const element = document.querySelector<HTMLElement>(selector(where.field))
  if (!element) return false
  element.scrollIntoView({ block: 'center' })
  element.focus()
  return true
}
