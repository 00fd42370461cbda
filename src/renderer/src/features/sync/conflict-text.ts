// "Copy mine out": the writer's whole version, every field she may have typed, in the Kompas
// plain-text layout the text import reads back (headline, section line, caption and credit,
// dateline and body with its Baca Juga lines, Penulis/Editor/Sumber), so nothing typed is left
// behind and pasting it into Redaksi's import restores it.
import type { ArticleDraft } from '../../../../shared/article'
import { formatPlainText } from '../../../../shared/kompas/plain-text'

export const draftText = (draft: ArticleDraft): string => formatPlainText(draft)

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
