// The page made ready for Readability: what is never article text goes first (scripts, styles,
// frames, navigation, ads, comments, share widgets), Kompas' related-link markup becomes one
// "Baca juga: <title>" paragraph per link, so it reaches the body as a line the Kompas reader
// knows, and nesting past a bound is flattened, so a page 10,000 divs deep costs what a flat one does.
import type { PageDocument, PageElement } from './page-dom'

// Kompas.com's classes as its pages and the scrapers that read them show them (read__paging,
// kompasidRec, ads-on-body, ...), and the names the rest of the web uses for the same.
const NOISE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'nav',
  'button',
  'svg',
  '[hidden]',
  '[aria-hidden="true"]',
  'footer',
  '[class*="footer"]',
  '[class^="ads"]',
  '[class*=" ads"]',
  '[class*="-ads"]',
  '[class*="_ads"]',
  '[id^="ads"]',
  '[id*="-ads"]',
  '[class*="advert"]',
  '[class*="iklan"]',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="comment"]',
  '[id*="comment"]',
  '[class*="komentar"]',
  '[class*="newsletter"]',
  '[class*="breadcrumb"]',
  '[class*="paging"]',
  '[class*="kompasidRec"]',
  '[class*="terpopuler"]',
  '[class*="most__"]',
  '[class*="latest__"]',
  // Page furniture around the article: its date, byline and labels are read from the page's data.
  '[class*="byline"]',
  '[class*="read__time"]',
  '[class*="read__credit"]',
  '[class*="read__author"]',
  '[class*="article__date"]',
  '[class*="article__label"]',
  '[class*="article__author"]',
  '[class*="article__tags"]',
  '.read__tagging',
  '.tag__article'
].join(',')

/** Kompas.com marks each in-text related link (the one after "Baca juga:") with this class. */
const RELATED_LINK = 'a.inner-link-baca-juga, a[class*="baca-juga"], a[data-baca-juga]'

/** Past this many levels, elements are unwrapped: their children move up, nothing is lost. */
export const MAX_PAGE_DEPTH = 100

function flatten(root: PageElement, document: PageDocument): void {
  const stack: { element: PageElement; depth: number }[] = [{ element: root, depth: 0 }]
  while (stack.length) {
    const { element, depth } = stack.pop()!
    for (const child of [...Array.from(element.children)]) {
      if (depth + 1 >= MAX_PAGE_DEPTH) {
        // Its text and inline children stay, in a paragraph break of their own.
        const paragraph = document.createElement('p')
        paragraph.append(child.textContent ?? '')
        child.replaceWith(paragraph)
      } else stack.push({ element: child, depth: depth + 1 })
    }
  }
}

function relatedLinksToLines(document: PageDocument): void {
  for (const link of [...document.querySelectorAll(RELATED_LINK)]) {
    const title = (link.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (!title || !link.parentNode) continue
    const line = document.createElement('p')
    line.append(`Baca juga: ${title}`)
    // The whole paragraph when it holds only the label and the link; else the link alone.
    const holder = link.closest('p, li, div')
    const rest = (holder?.textContent ?? '').replace(title, '').replace(/baca\s+juga\s*:?/i, '').trim()
    if (holder && rest === '') holder.replaceWith(line)
    else link.replaceWith(line)
  }
}

export function cleanPage(document: PageDocument): void {
  const root = document.documentElement
  flatten(root, document)
  relatedLinksToLines(document)
  for (const element of [...document.querySelectorAll(NOISE)]) if (element.parentNode) element.remove()
}
