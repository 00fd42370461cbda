import type { Rule } from '../findings'

const RULE = 'caption-credit'

// Pasted captions often carry the credit in their text, as the Kompas page prints it.
const INLINE_CREDIT = /\s*\((?:Sumber|Foto|Kredit)\s*:\s*([^()]+)\)\s*$/i

/**
 * A captioned photo without a credit only warns: the writer may still be clearing the rights, and
 * an editor can approve knowing that. When the caption itself ends with "(Sumber: …)" the fix
 * moves that text into the credit field.
 */
export const captionCredit: Rule = {
  id: RULE,
  severity: 'warning',
  check(article) {
    const image = article.featuredImage
    if (!image || image.caption.trim() === '' || image.credit.trim() !== '') return []
    const inline = INLINE_CREDIT.exec(image.caption)
    const credit = inline?.[1]?.trim()
    return [
      {
        rule: RULE,
        severity: 'warning',
        message: 'Foto utama belum mencantumkan kredit foto.',
        messageEn: 'The featured image has a caption but no credit.',
        where: { field: 'featuredImage.credit' },
        ...(inline && credit
          ? {
              fix: {
                label: `Pindahkan “${credit}” ke kredit foto`,
                labelEn: `Move “${credit}” to the credit`,
                patch: { featuredImage: { ...image, caption: image.caption.slice(0, inline.index).trimEnd(), credit } }
              }
            }
          : {})
      }
    ]
  }
}
