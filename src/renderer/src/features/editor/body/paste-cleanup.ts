/**
 * Word and Google Docs put a lot around what was copied: Office conditional comments and XML
 * namespaces, style blocks, and (Google Docs) a <b style="font-weight:normal"> wrapper around
 * everything, which the schema would otherwise read as bold. We strip those; the schema's own
 * parse rules then keep only what a Kompas body may hold (paragraphs, H2/H3, lists, quotes,
 * bold/italic/underline/strike, safe links).
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll('style, script, meta, link, title, xml, o\\:p, w\\:sdt').forEach((el) => el.remove())
  doc.querySelectorAll('b[id^="docs-internal-guid"]').forEach((wrapper) => {
    if (/font-weight:\s*(normal|400)/.test(wrapper.getAttribute('style') ?? '')) wrapper.replaceWith(...wrapper.childNodes)
  })
  // Office's namespaced tags (<o:p>, <v:shape>…) carry no text a story needs.
  doc.querySelectorAll('*').forEach((el) => {
    if (el.tagName.includes(':')) el.replaceWith(...el.childNodes)
  })
  // Word's "MsoTitle"/"MsoHeading" paragraphs are headings in disguise; plain Mso paragraphs are paragraphs.
  doc.querySelectorAll('p[class^="MsoHeading"], p.MsoTitle').forEach((p) => {
    const heading = doc.createElement('h2')
    heading.append(...p.childNodes)
    p.replaceWith(heading)
  })
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  comments.forEach((c) => c.parentNode?.removeChild(c))
  return doc.body.innerHTML
}
