import { MAX_DRAFT_JSON_BYTES, WORST_JSON_BYTES_PER_CHAR } from '../../shared/article-size'
import { MAX_IMPORT_BUNDLE_BASE64, MAX_IMPORT_PAGE_BYTES, MAX_IMPORT_TEXT, MAX_PAGE_IMAGES_BASE64 } from '../../shared/exchange'
import { MAX_IMAGE_BYTES } from '../../shared/image-bytes'

// What the browser host lets in, derived from the contract's own limits so that no request the
// contract accepts is refused at the door (decision 0072).

/** File names, ids, options and the keys around the largest string. */
const ENVELOPE_BYTES = 64 * 1024

/** The largest single string each heavy channel may carry, in JSON bytes. */
export const LARGEST_REQUESTS = {
  'import.bundle': MAX_IMPORT_BUNDLE_BASE64,
  'assets.put': Math.ceil(MAX_IMAGE_BYTES / 3) * 4,
  // A text as JSON, or a page's or Word document's bytes as base64 (with the pictures picked beside a page).
  'import.text': Math.max(MAX_IMPORT_TEXT * WORST_JSON_BYTES_PER_CHAR, Math.ceil(MAX_IMPORT_PAGE_BYTES / 3) * 4 + MAX_PAGE_IMAGES_BASE64),
  'articles.save': MAX_DRAFT_JSON_BYTES
} as const

export const MAX_REQUEST_BYTES = Math.max(...Object.values(LARGEST_REQUESTS)) + ENVELOPE_BYTES

/** Open sockets at most: far below the process's file limit, so a flood cannot starve the store. */
export const MAX_CONNECTIONS = 256
/** A client has this long to send its request headers… */
export const HEADERS_TIMEOUT_MS = 5_000
/** …and this long for the whole request; 48 MB crosses the loopback in well under a second. */
export const REQUEST_TIMEOUT_MS = 10_000
/** How often Node looks for requests past those times. */
export const TIMEOUT_CHECK_MS = 500
