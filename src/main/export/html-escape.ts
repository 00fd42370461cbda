// Every field reaches exported HTML through these two functions; nothing is concatenated raw.

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes for text and for double- or single-quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => TEXT[c]!)
}

/**
 * JSON inside <script type="application/ld+json">: "</script>" or "<!--" in a headline must not
 * end or confuse the element, and U+2028/2029 must not break older JSON-in-JS readers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
