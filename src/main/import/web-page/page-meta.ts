// What a saved page says about its article outside the text: the headline (<h1>, og:title), and
// time, authors, editors and section from NewsArticle JSON-LD or the meta tags news sites write
// (article:published_time, article:section, author; Kompas.com's content_author, content_editor,
// content_PublishedDate). Read before Readability, which rearranges the document.
import { ZONE_OFFSETS, type Published, type Zone } from '../../../shared/article'
import type { PageDocument } from './page-dom'
import { splitNames } from '../../../shared/kompas/names'
import { publishedAt, wallClock } from '../../../shared/kompas/tanggal'

export interface PageMeta {
  headline: string
  published: Published | null
  /** The time as the page wrote it, when it could not be read. */
  unreadableDate: string | null
  penulis: string[]
  editor: string[]
  section: string | null
  /** Where the page says its picture is (og:image, JSON-LD image), to match a local file by name. */
  imageUrls: string[]
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting)$/

export type JsonLdArticle = { [key: string]: Json }

/**
 * Every object of a news type in the page's JSON-LD, @graph included; scripts that are not JSON
 * are skipped. Read first: cleaning the page removes every script, this data's too.
 */
export function jsonLdArticles(document: PageDocument): JsonLdArticle[] {
  const out: { [key: string]: Json }[] = []
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let json: Json
    try {
      json = JSON.parse(script.textContent ?? '') as Json
    } catch {
      continue
    }
    for (const item of list(json).flatMap((v) => (isObject(v) && Array.isArray(v['@graph']) ? v['@graph'] : [v]))) {
      if (isObject(item) && list(item['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(item)
    }
  }
  return out
}

const namesOf = (value: Json | undefined): string[] =>
  list(value).flatMap((v) => (typeof v === 'string' ? splitNames(v) : isObject(v) && typeof v.name === 'string' ? [clean(v.name)] : [])).filter(Boolean)

const urlsOf = (value: Json | undefined): string[] =>
  list(value).flatMap((v) => (typeof v === 'string' ? [v] : isObject(v) && typeof v.url === 'string' ? [v.url] : []))

function metaContent(document: PageDocument, ...keys: string[]): string {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)
    const value = clean(el?.getAttribute('content'))
    if (value) return value
  }
  return ''
}

const ZONE_BY_OFFSET = new Map<string, Zone>(Object.entries(ZONE_OFFSETS).map(([zone, offset]) => [offset, zone as Zone]))

/**
 * An ISO time as Kompas prints it: in its own zone when that is WIB, WITA or WIT, else in WIB.
 * "2017-11-29 14:50:00" without a zone (Kompas.com's content_PublishedDate) is Jakarta time.
 */
export function readPublished(text: string): Published | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim())
  if (!m) return null
  const offset = m[3] === undefined ? '+07:00' : m[3] === 'Z' ? '+00:00' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const instant = new Date(`${m[1]}T${m[2]}:00${offset}`)
  if (Number.isNaN(instant.getTime())) return null
  const zone = ZONE_BY_OFFSET.get(offset) ?? 'WIB'
  return publishedAt(wallClock(instant, zone), zone)
}

/** " - Kompas.com", " | Kompas TV", " Halaman all": what sites add to og:title and <title>. */
const withoutSiteName = (title: string): string => clean(title.replace(/\s+Halaman\s+all\b.*$/i, '').replace(/\s+[|–—-]\s+Kompas(?:\.com|\.tv| TV)?\s*$/i, ''))

/** The page's facts; the document already cleaned, so no script's text is read as the headline. */
export function readPageMeta(document: PageDocument, articles: readonly JsonLdArticle[]): PageMeta {
  const first = <T>(read: (a: { [key: string]: Json }) => T[]): T[] => articles.map(read).find((v) => v.length > 0) ?? []
  const h1 = clean(document.querySelector('h1')?.textContent)
  const headline =
    h1 || withoutSiteName(metaContent(document, 'og:title', 'twitter:title')) || clean(first((a) => (typeof a.headline === 'string' ? [a.headline] : []))[0]) || withoutSiteName(clean(document.querySelector('title')?.textContent))

  const dateText = first((a) => (typeof a.datePublished === 'string' ? [a.datePublished] : []))[0] ?? metaContent(document, 'article:published_time', 'content_PublishedDate', 'datePublished', 'pubdate')
  const published = dateText ? readPublished(dateText) : null

  const metaNames = (...keys: string[]): string[] => splitNames(metaContent(document, ...keys))
  const penulis = first((a) => namesOf(a.author))
  const editor = first((a) => namesOf(a.editor))
  const section = first((a) => list(a.articleSection).filter((s): s is string => typeof s === 'string').map(clean))[0] ?? metaContent(document, 'article:section', 'content_category')
  return {
    headline,
    published,
    unreadableDate: dateText && !published ? dateText : null,
    penulis: penulis.length ? penulis : metaNames('content_author', 'author', 'article:author'),
    editor: editor.length ? editor : metaNames('content_editor'),
    section: section ? section.toLowerCase() : null,
    imageUrls: [metaContent(document, 'og:image', 'twitter:image'), ...first((a) => urlsOf(a.image))].filter(Boolean)
  }
}
