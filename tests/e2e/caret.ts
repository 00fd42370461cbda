// Where ProseMirror holds the caret in the body editor, read from the editor TipTap keeps on its
// DOM node. ProseMirror takes a caret the browser moved (Ctrl+Home, Ctrl+End, a click) on the next
// selectionchange, but puts its own back just after the body takes the focus (see bodyFocused); a
// key sent in between is handled at the old caret. A person is never that quick, so tests wait.
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
 * Waits until the body has the focus and ProseMirror has settled it. Two rules of ProseMirror's
 * undo a caret key sent too soon after the body takes the focus (a click, a bar closing):
 * - on focus it sets a 20 ms timer that writes its own selection back to the DOM if the two differ;
 * - for 200 ms after the focus (when no click or touch came in the last 300 ms), a caret the
 *   browser put at the very top of the body is taken for Chromium's reset of the selection on
 *   focus, and ProseMirror puts its own selection back: Ctrl+Home, or an ArrowLeft that collapses
 *   a selection starting there, is undone.
 * A page timer of 210 ms set once the focus is seen fires after both (ProseMirror measures with
 * Date.now() from the focus, which came earlier), however loaded the machine is. A person is never
 * that quick.
 */
export async function bodyFocused(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector('[aria-label="Isi berita"]'))).toBe(true)
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 210)))
}
