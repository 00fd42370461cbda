import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon'
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/**
 * A file of the built renderer for a URL path, or null. The path is normalised and must stay
 * inside the renderer folder, so "/../../etc/passwd" and its encoded forms find nothing.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '')
  const root = normalize(rootDir + sep)
  const full = normalize(join(root, relative))
  if (!full.startsWith(root)) return null
  try {
    return { body: await readFile(full), contentType: CONTENT_TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}

/** The bridge must run before the app's module script, so it goes in first, as a module too. */
export function injectBridge(indexHtml: string, bridgeSrc: string): string {
  const tag = `<script type="module" src="${bridgeSrc}"></script>`
  const at = indexHtml.indexOf('<script')
  return at === -1 ? indexHtml.replace('</head>', `${tag}</head>`) : indexHtml.slice(0, at) + tag + indexHtml.slice(at)
}
