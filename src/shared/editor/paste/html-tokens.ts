// HTML read as a stream of tokens, without a DOM: pasted HTML must be cleaned before any document
// parses it, since Chromium checks an element's event-handler attributes against the page's CSP
// (and reports a violation) the moment any parser of the page creates it, inert documents included.
// Only as much of the HTML tokenizer as cleaning needs; whatever it misreads, the cleaner's output
// is built from its own tags and escaped attributes, never from the input's markup.

export type HtmlToken =
  | { kind: 'text'; text: string }
  /** Name in lower case; attribute values as written, entities undecoded. */
  | { kind: 'start'; name: string; attrs: ReadonlyArray<readonly [string, string]>; selfClosing: boolean }
  | { kind: 'end'; name: string }
  /** The text of <!--…-->, e.g. Word's "[if !supportLineBreakNewLine]" and "[endif]". */
  | { kind: 'comment'; text: string }
  /** Word's downlevel-revealed conditionals: <![if !supportLists]> and <![endif]>. */
  | { kind: 'conditional'; text: string }
  /** The content of an element whose content is never markup (script, style, title, textarea…). */
  | { kind: 'raw'; name: string; text: string }

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])
const NAME = /[^\s/>]+/y
const ATTR = /([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y
const LETTER = /[a-zA-Z]/

function startTag(html: string, at: number): { token: HtmlToken; next: number } {
  NAME.lastIndex = at + 1
  const name = NAME.exec(html)![0].toLowerCase()
  const attrs: [string, string][] = []
  let pos = NAME.lastIndex
  let selfClosing = false
  while (pos < html.length) {
    const c = html[pos]!
    if (c === '>') return { token: { kind: 'start', name, attrs, selfClosing }, next: pos + 1 }
    if (c === '/' || /\s/.test(c)) {
      selfClosing = c === '/'
      pos++
      continue
    }
    selfClosing = false
    ATTR.lastIndex = pos
    const m = ATTR.exec(html)
    if (!m) {
      pos++
      continue
    }
    attrs.push([m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? ''])
    pos = ATTR.lastIndex
  }
  // A tag cut off by the end of the clipboard: nothing after it can be trusted as text.
  return { token: { kind: 'text', text: '' }, next: html.length }
}

export function* htmlTokens(html: string): Generator<HtmlToken> {
  let i = 0
  const n = html.length
  let lower: string | null = null
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      yield { kind: 'text', text: html.slice(i) }
      return
    }
    if (lt > i) yield { kind: 'text', text: html.slice(i, lt) }
    i = lt
    const next = html[i + 1] ?? ''
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4)
      yield { kind: 'comment', text: html.slice(i + 4, end === -1 ? n : end) }
      i = end === -1 ? n : end + 3
    } else if (html.startsWith('<![', i)) {
      const end = html.indexOf('>', i)
      yield { kind: 'conditional', text: html.slice(i + 3, end === -1 ? n : end).replace(/\]$/, '') }
      i = end === -1 ? n : end + 1
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', i)
      i = end === -1 ? n : end + 1
    } else if (next === '/' && LETTER.test(html[i + 2] ?? '')) {
      NAME.lastIndex = i + 2
      const name = NAME.exec(html)![0].toLowerCase()
      const end = html.indexOf('>', i)
      yield { kind: 'end', name }
      i = end === -1 ? n : end + 1
    } else if (LETTER.test(next)) {
      const { token, next: after } = startTag(html, i)
      yield token
      i = after
      if (token.kind === 'start' && RAW_TEXT.has(token.name) && !token.selfClosing) {
        lower ??= html.toLowerCase()
        const close = lower.indexOf(`</${token.name}`, i)
        yield { kind: 'raw', name: token.name, text: html.slice(i, close === -1 ? n : close) }
        if (close === -1) return
        const end = html.indexOf('>', close)
        yield { kind: 'end', name: token.name }
        i = end === -1 ? n : end + 1
      }
    } else {
      // A "<" that starts no tag is text.
      yield { kind: 'text', text: '&lt;' }
      i++
    }
  }
}
