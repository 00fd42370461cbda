// One article as a standalone HTML page: what the public reads. Every field goes through
// escapeHtml; the body comes from the shared schema's HTML serialiser (shared/editor/serializers); the page carries no
// script that runs, and a CSP that would stop one anyway.
import type { Article } from '../../shared/article'
import { formatDateline } from '../../shared/kompas/dateline'
import { BRAND } from '../../shared/kompas/headline-line'
import { CREDIT_OPEN } from '../../shared/kompas/plain-text'
import { ralatLines } from '../../shared/kompas/ralat'
import { formatTanggal } from '../../shared/kompas/tanggal'
import type { BodyHtml } from '../../shared/editor/serializers/html'
import { escapeHtml, jsonForScript } from './html-escape'
import { htmlPage } from './html-page'
import { newsArticleJsonLd } from './json-ld'

export interface ArticleHtmlOptions {
  renderer: BodyHtml
  css: string
  /** The image's src: a data URI, or the copied file's name; null without an image to show. */
  imageSrc: string | null
  /** Whether imageSrc is a file beside the page (named in the JSON-LD) rather than embedded. */
  imageCopied: boolean
}

function header(article: Article): string {
  const desk = `<span class="artikel__desk">${escapeHtml(`${BRAND} ${article.section}`)}</span>`
  const time = article.published
    ? ` | <time datetime="${escapeHtml(article.published.at)}">${escapeHtml(formatTanggal(article.published))}</time>`
    : ''
  return `<header class="artikel__kepala">\n<h1>${escapeHtml(article.headline)}</h1>\n<p class="artikel__rubrik">${desk}${time}</p>\n</header>`
}

function figure(article: Article, imageSrc: string | null): string {
  const image = article.featuredImage
  if (!image || (!imageSrc && !image.caption && !image.credit)) return ''
  // Without alt text the img is marked decorative (alt=""): the figcaption below already says
  // what it is about, and a screen reader should not read the caption twice (decision 0088).
  const img = imageSrc ? `<img src="${escapeHtml(imageSrc)}" alt="${escapeHtml(image.alt?.trim() ?? '')}">` : ''
  const credit = image.credit ? `<span class="artikel__kredit-foto">${escapeHtml(`${CREDIT_OPEN}${image.credit})`)}</span>` : ''
  const caption = [escapeHtml(image.caption), credit].filter(Boolean).join(' ')
  return `<figure class="artikel__foto">${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>\n`
}

function footer(article: Article): string {
  const rows = (
    [
      ['Penulis', article.penulis],
      ['Editor', article.editor],
      ['Sumber', article.sumber]
    ] as const
  )
    .filter(([, names]) => names.length)
    .map(([label, names]) => `<div><dt>${label}</dt><dd>${names.map(escapeHtml).join(', ')}</dd></div>`)
  return rows.length ? `<footer class="artikel__kaki">\n<dl>${rows.join('')}</dl>\n</footer>\n` : ''
}

export function renderArticleHtml(article: Article, options: ArticleHtmlOptions): string {
  const jsonLd = newsArticleJsonLd(article, options.imageCopied ? options.imageSrc : null)
  const body = options.renderer.render(article.body, formatDateline(article.dateline))
  // A republished correction closes the body, before the credits, as Kompas prints it (decision 0047).
  const ralat = ralatLines(article).map((line) => `\n<p class="artikel__ralat">${escapeHtml(line)}</p>`).join('')
  return htmlPage({
    title: article.headline,
    css: options.css,
    head: `<script type="application/ld+json">\n${jsonForScript(jsonLd)}\n</script>\n`,
    body: `<article class="artikel">\n${header(article)}\n${figure(article, options.imageSrc)}<div class="artikel__isi">\n${body}${ralat}\n</div>\n${footer(article)}</article>`
  })
}
