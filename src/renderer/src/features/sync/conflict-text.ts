// A version as plain text, for the clipboard ("copy mine out"): the headline, then the body's
// blocks one per paragraph, as a writer would paste them into a mail or another editor.
import type { ArticleDraft } from '../../../../shared/article'
import { blockLine } from './WordDiffLine'

export function draftText(draft: ArticleDraft): string {
  const lines = [draft.headline, ...draft.body.content.map(blockLine)].map((line) => line.trim()).filter((line) => line !== '')
  return lines.join('\n\n') + '\n'
}

/**
 * Puts text on the clipboard. The Clipboard API first; where it is refused (the desktop app
 * denies permission requests), the older copy command on a selected, unseen text area.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    try {
      return document.execCommand('copy')
    } finally {
      area.remove()
    }
  }
}
