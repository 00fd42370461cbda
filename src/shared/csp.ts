/**
 * The renderer's Content Security Policy, one list for the <meta> tag baked into index.html,
 * the Electron session header and the browser host. No inline or remote script, ever; inline
 * styles stay allowed because the editor positions its menus with style attributes.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
]

/** For the <meta> tag: browsers ignore (and complain about) frame-ancestors there. */
export const RENDERER_CSP = DIRECTIVES.join('; ')

/** For HTTP headers, where framing can be refused too. */
export const RENDERER_CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')
