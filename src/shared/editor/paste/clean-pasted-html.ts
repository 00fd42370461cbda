// Pasted HTML (a web page, Word, Google Docs) cleaned as a string, before any parser of the page
// sees it: what comes out holds only tags the body can use, no attribute but a checked href, an
// <ol>'s start and the few inline styles the schema reads as marks, so no script, style sheet,
// image, frame or event handler ever becomes DOM, not even in an inert document (decision 0083).
import { htmlTokens, type HtmlToken } from './html-tokens'

/** Dropped with everything inside: nothing in them is text of the story. */
const DROP = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'video', 'audio', 'picture', 'canvas',
  'select', 'textarea', 'button', 'title', 'xml', 'map', 'frameset', 'noembed', 'noframes', 'o:p'
])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'frame', 'keygen'])
/** Written out as they came (attributes aside); any other element is left out and its content kept. */
const KEEP = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption',
  'address', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'span', 'a', 'abbr', 'cite', 'q',
  'code', 'kbd', 'time', 'font', 'center'
])
/** Starting one of these closes an open paragraph, as the HTML parser does. */
const CLOSES_P = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'address',
  'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'table', 'center'
])
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** The inline styles the schema's marks read (bold, italic, underline, strike); every other one goes. */
const MARK_STYLES = new Set(['font-weight', 'font-style', 'text-decoration', 'text-decoration-line'])
const SAFE_HREF = /^\s*(https?|mailto):/i

interface Open {
  name: string
  /** The tag written for it, or null when it is left out and only its content kept. */
  out: string | null
  /** Where its start tag begins in the output, and whether words followed. */
  at: number
  words: boolean
}

const attr = (name: string, value: string): string => ` ${name}="${value.replace(/"/g, '&quot;')}"`

function markStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim().toLowerCase()))
    .filter(([property, value]) => property !== undefined && MARK_STYLES.has(property) && /^[a-z0-9 -]+$/.test(value ?? ''))
    .map(([property, value]) => `${property}:${value}`)
    .join(';')
}

function attributes(name: string, attrs: ReadonlyArray<readonly [string, string]>): string {
  let out = ''
  for (const [key, value] of attrs) {
    if (key === 'href' && name === 'a' && SAFE_HREF.test(value)) out += attr('href', value.trim())
    else if (key === 'start' && name === 'ol' && /^\d{1,6}$/.test(value)) out += attr('start', value)
    else if (key === 'style') {
      const kept = markStyle(value)
      if (kept) out += attr('style', kept)
    }
  }
  return out
}

const valueOf = (attrs: ReadonlyArray<readonly [string, string]>, key: string): string => attrs.find(([k]) => k === key)?.[1] ?? ''

/** The element a start tag becomes: Word's title and heading paragraphs are H2, Docs' wrapper goes. */
function outputName(name: string, attrs: ReadonlyArray<readonly [string, string]>): string | null {
  if (name === 'p' && /^(MsoTitle|MsoHeading)/.test(valueOf(attrs, 'class'))) return 'h2'
  // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
  if (name === 'b' && valueOf(attrs, 'id').startsWith('docs-internal-guid') && /font-weight:\s*(normal|400)/.test(valueOf(attrs, 'style'))) return null
  return KEEP.has(name) ? name : null
}

const hasWords = (text: string): boolean => /\S/.test(text.replace(/&nbsp;|&#160;|&#xa0;|\u00a0/gi, ''))

/** Word's fallbacks for browsers (fake list bullets, a picture's copy): <![if !x]>…<![endif]>. */
const downlevelStart = (token: HtmlToken): boolean =>
  (token.kind === 'conditional' && /^if\s+!/.test(token.text)) || (token.kind === 'comment' && /^\[if\s+![^\]>]*\]$/.test(token.text))
const downlevelEnd = (token: HtmlToken): boolean =>
  (token.kind === 'conditional' && token.text === 'endif') || (token.kind === 'comment' && token.text === '[endif]')

export function cleanPastedHtml(html: string): string {
  const out: string[] = []
  const open: Open[] = []
  let dropping: { name: string; depth: number } | null = null
  let downlevel = 0

  const close = (index: number): void => {
    while (open.length > index) {
      const element = open.pop()!
      if (!element.out) continue
      // An element with no words in it (Word's <p><o:p>&nbsp;</o:p></p>) would be an empty paragraph.
      if (TEXT_BLOCKS.has(element.out) && !element.words) out.length = element.at
      else out.push(`</${element.out}>`)
    }
  }
  // Google Docs draws a link's underline on the span around it; the link is the mark, not an underline.
  const plainLinkStyle = (parent: Open | undefined): void => {
    if (parent?.out !== 'span') return
    out[parent.at] = out[parent.at]!.replace(/text-decoration(-line)?:[a-z -]*;?/g, '').replace(' style=""', '')
  }
  const closeNearest = (names: (name: string) => boolean): void => {
    const index = open.findLastIndex((element) => names(element.name))
    if (index !== -1) close(index)
  }

  for (const token of htmlTokens(html)) {
    if (dropping) {
      if (token.kind === 'start' && token.name === dropping.name && !token.selfClosing) dropping.depth++
      if (token.kind === 'end' && token.name === dropping.name && --dropping.depth === 0) dropping = null
      continue
    }
    if (downlevelStart(token)) downlevel++
    else if (downlevelEnd(token)) downlevel = Math.max(0, downlevel - 1)
    if (downlevel > 0 || token.kind === 'comment' || token.kind === 'conditional' || token.kind === 'raw') continue

    if (token.kind === 'text') {
      out.push(token.text)
      if (hasWords(token.text)) for (const element of open) element.words = true
    } else if (token.kind === 'end') {
      if (!VOID.has(token.name)) closeNearest((name) => name === token.name)
    } else if (DROP.has(token.name)) {
      if (!token.selfClosing && !VOID.has(token.name)) dropping = { name: token.name, depth: 1 }
    } else if (token.name === 'br') {
      // A line break between blocks (Docs puts one between paragraphs) or Apple's end marker is no text.
      if (open.some((element) => element.out) && valueOf(token.attrs, 'class') !== 'Apple-interchange-newline') out.push('<br>')
    } else if (!VOID.has(token.name) && !(token.selfClosing && token.name.includes(':'))) {
      if (CLOSES_P.has(token.name)) closeNearest((name) => name === 'p')
      // A new item closes the open one of the same list, never one of a list around it.
      if (token.name === 'li' && open.findLast((element) => ['li', 'ul', 'ol'].includes(element.name))?.name === 'li') {
        closeNearest((name) => name === 'li')
      }
      const name = outputName(token.name, token.attrs)
      if (name === 'a') plainLinkStyle(open.at(-1))
      open.push({ name: token.name, out: name, at: out.length, words: false })
      if (name) out.push(`<${name}${attributes(name, token.attrs)}>`)
    }
  }
  close(0)
  return out.join('')
}
