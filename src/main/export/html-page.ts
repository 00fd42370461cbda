import { escapeHtml } from './html-escape'

/** No script, no fetches: only inline styles and images from the file itself or beside it. */
export const EXPORT_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/**
 * The frame of every exported page: UTF-8, Indonesian, the CSP and the embedded stylesheet.
 * `head` and `body` are markup the caller has already escaped.
 */
export function htmlPage(page: { title: string; css: string; head?: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="generator" content="Redaksi">
<title>${escapeHtml(page.title)}</title>
<style>
${page.css.trim()}
</style>
${page.head ?? ''}</head>
<body>
${page.body}
</body>
</html>
`
}
