// The page's picture: the image "Save page as…" stored beside the page (name_files/foto.jpg) that
// the page shows as its photo, with its caption and credit. Only a local file counts: the importer
// fetches nothing from the web.
import type { PageDocument, PageElement } from './page-dom'

export interface FeaturedImageRef {
  /** The image's path relative to the page, decoded: "Judul_files/foto.jpg". */
  path: string
  /** Its file name alone, to match a file picked beside the page. */
  name: string
  caption: string
  credit: string
  /** The figure around it: a field of its own, so its caption is taken out of the text. */
  holder: PageElement | null
}

// Where news pages put the article's photo: Kompas.com's photo__wrap, figures, the article.
// Never any image at all: a saved page keeps the site's logo and icons beside it too.
const PHOTO_PLACES = ['.photo__wrap', '.photo', 'figure', 'article', 'main']
const CAPTION_CREDIT = /\s*\((?:Sumber|Foto)\s*:\s*(.+)\)\s*$/i
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()

/** A relative reference to a file beside the page, decoded; null for web addresses and data. */
export function localPath(src: string | null): string | null {
  const raw = (src ?? '').trim()
  if (!raw || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || raw.startsWith('/') || raw.startsWith('\\')) return null
  let path: string
  try {
    path = decodeURIComponent(raw.replace(/[?#].*$/, ''))
  } catch {
    return null
  }
  path = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
  return /\.(?:jpe?g|png|gif|webp)$/i.test(path) ? path : null
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

const CAPTIONS = 'figcaption, .photo__caption, [class*="caption"]'

/** The photo's caption and credit, and the element holding photo and caption (not article text). */
function captionOf(img: PageElement): { caption: string; credit: string; holder: PageElement | null } {
  const holders = ['figure', '.photo', '.photo__wrap'].map((s) => img.closest(s)).filter((h): h is PageElement => h !== null)
  const holder = holders.find((h) => h.querySelector(CAPTIONS) !== null) ?? holders[0] ?? null
  const captionEl = holder?.querySelector(CAPTIONS) ?? null
  return { ...captionText(img, captionEl), holder }
}

function captionText(img: PageElement, captionEl: PageElement | null): { caption: string; credit: string } {
  if (!captionEl) return { caption: clean(img.getAttribute('alt')), credit: '' }
  const creditEl = captionEl.querySelector('span, .credit, [class*="credit"]')
  const creditText = clean(creditEl?.textContent)
  const full = clean(captionEl.textContent)
  if (creditText) {
    return { caption: clean(full.replace(creditText, '')), credit: creditText.replace(/^\(\s*|\s*\)$/g, '').replace(/^(?:Sumber|Foto)\s*:\s*/i, '') }
  }
  const m = CAPTION_CREDIT.exec(full)
  return m ? { caption: clean(full.slice(0, m.index)), credit: clean(m[1]) } : { caption: full, credit: '' }
}

/**
 * The photo the page names as its own (og:image or JSON-LD image, matched by file name) when a
 * local copy of it is shown; else the first local image where news pages put their photo.
 */
export function findFeaturedImage(document: PageDocument, imageUrls: readonly string[]): FeaturedImageRef | null {
  const local = [...document.querySelectorAll('img')].flatMap((img) => {
    const path = localPath(img.getAttribute('src'))
    return path ? [{ img, path }] : []
  })
  if (local.length === 0) return null
  const named = new Set(imageUrls.map((url) => baseName(url.replace(/[?#].*$/, ''))).filter(Boolean))
  let chosen = local.find(({ path }) => named.has(baseName(path)))
  for (const place of PHOTO_PLACES) chosen ??= local.find(({ img }) => img.closest(place) !== null)
  if (!chosen) return null
  return { path: chosen.path, name: baseName(chosen.path), ...captionOf(chosen.img) }
}
