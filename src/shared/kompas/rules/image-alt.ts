import type { Rule } from '../findings'

const RULE = 'image-alt'

const normalised = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id')

/**
 * Every photo that is published carries alt text: the export's img alt, read aloud to a reader who
 * cannot see it. Blocking, because the export is what the public gets and the writer is the one
 * who saw the photo (decision 0088). Only a photo that is there needs one: a caption and credit
 * without a picture show no image. Alt text that repeats the caption only warns: a screen reader
 * would read the same sentence twice, once for the img and once for the figcaption.
 */
export const imageAlt: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article) {
    const image = article.featuredImage
    if (!image?.asset) return []
    const alt = image.alt ?? ''
    if (alt.trim() === '') {
      return [
        {
          rule: RULE,
          severity: 'blocking',
          message: 'Foto utama belum diberi teks alternatif: tulis apa yang terlihat di foto untuk pembaca yang tidak dapat melihatnya.',
          messageEn: 'The featured image has no alt text: describe what the photo shows for readers who cannot see it.',
          where: { field: 'featuredImage.alt' }
        }
      ]
    }
    if (image.caption.trim() !== '' && normalised(alt) === normalised(image.caption)) {
      return [
        {
          rule: RULE,
          severity: 'warning',
          message: 'Teks alternatif sama dengan keterangan foto: tulis apa yang terlihat, bukan apa yang diterangkan.',
          messageEn: 'The alt text repeats the caption: describe what the photo shows, not what the caption says.',
          where: { field: 'featuredImage.alt' },
          text: alt
        }
      ]
    }
    return []
  }
}
