// Where ProseMirror holds the caret in the body editor, read from the editor TipTap keeps on its
// DOM node. ProseMirror takes a caret the browser moved (Ctrl+Home, Ctrl+End, a click) on the next
// selectionchange, and puts its own back 20 ms after the body takes the focus; a key sent in
// between is handled at the old caret. A person is never that quick, so tests wait as one would.
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

interface BodyEditor {
  state: { selection: { head: number }; doc: { content: { size: number } } }
}

/** Waits until the body's caret is at its first or last text position. */
export async function caretAt(page: Page, end: 'start' | 'end'): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((which) => {
        const editor = (document.querySelector('[aria-label="Isi berita"]') as (HTMLElement & { editor?: BodyEditor }) | null)?.editor
        if (!editor || document.activeElement !== document.querySelector('[aria-label="Isi berita"]')) return -1
        const { head } = editor.state.selection
        return which === 'start' ? head - 1 : editor.state.doc.content.size - 1 - head
      }, end)
    )
    .toBe(0)
}

/**
 * Waits until the body has the focus and ProseMirror has settled it. On focus, ProseMirror sets a
 * 20 ms timer that writes its own selection back to the DOM if the two differ: a caret key sent
 * within those 20 ms (Ctrl+Home just after a click, an arrow just after a bar closes) is undone.
 * A page timer of 25 ms set after the focus fires after that one, as timers fire in order of
 * their due time, so waiting for it is exact however loaded the machine is.
 */
export async function bodyFocused(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector('[aria-label="Isi berita"]'))).toBe(true)
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 25)))
}
