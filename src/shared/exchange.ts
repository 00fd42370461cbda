// Export and import over the contract: request schemas and response types for the `export.*` and
// `import.*` channels (listed in ipc.ts). Pure: the work happens in src/main/export and
// src/main/import.
import { z } from 'zod'
import { ArticleIdSchema, StatusSchema, type Status } from './article'
import type { FailureData, FailureParams } from './result'

export const EXPORT_FORMATS = ['html', 'text', 'ninjs', 'bundle', 'docx'] as const
export const ExportFormatSchema = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormatSchema>

/** The picture inside the HTML file (a data URI) or copied beside it. */
export const ImageModeSchema = z.enum(['embed', 'copy'])

/** What to do when an imported article is already stored: ask (write nothing), replace it, or keep both. */
export const OnDuplicateSchema = z.enum(['ask', 'replace', 'keep-both'])
export type OnDuplicate = z.infer<typeof OnDuplicateSchema>

// Where an export writes, as the renderer names it: on the desktop the folder the system's dialog
// returned, in the browser host a folder inside its files folder (relative, "" for the files
// folder itself). Which one is main's to check (decision 0075); the schema only bounds the string.
export const ExportFolderSchema = z
  .string()
  .max(4096)
  .refine((p) => !p.includes('\0'), 'must not contain NUL')

export const MAX_IMPORT_TEXT = 2 * 1024 * 1024
/** The same limits in bytes, as every door checks them before reading a file whole. */
export const MAX_IMPORT_TEXT_BYTES = MAX_IMPORT_TEXT
export const MAX_IMPORT_BUNDLE_BYTES = 36 * 1024 * 1024
export const MAX_IMPORT_BUNDLE_BASE64 = Math.ceil(MAX_IMPORT_BUNDLE_BYTES / 3) * 4

/**
 * Lines a Kompas text may have: a long feature has a few hundred. Counted before the text is
 * parsed, so 250,000 lines of "Baca Juga" are refused in milliseconds, not after seconds of work.
 */
export const MAX_IMPORT_LINES = 20_000

/** A Word document may carry its photos as a bundle does: the same file limit. */
export const MAX_IMPORT_WORD_BYTES = MAX_IMPORT_BUNDLE_BYTES
/** Parts inside a .docx (Word writes 10–20, each image one more) and their declared unpacked sizes. */
export const MAX_WORD_ENTRIES = 1_000
export const MAX_WORD_UNPACKED_BYTES = 128 * 1024 * 1024
/** A saved web page: its markup, scripts and styles are often ten times its text. */
export const MAX_IMPORT_PAGE_BYTES = 5 * 1024 * 1024
/** Pictures picked beside a page in the import dialog, sent with it: at most this many, and bytes. */
export const MAX_PAGE_IMAGES = 4
export const MAX_PAGE_IMAGES_BASE64 = MAX_IMPORT_BUNDLE_BASE64

/** The byte limit for a file about to be imported, by its name: a bundle, a Word document, a web page, or a text. */
export function importLimit(fileName: string): number {
  const name = fileName.toLowerCase()
  if (name.endsWith('.docx') || name.endsWith('.doc')) return MAX_IMPORT_WORD_BYTES
  if (name.endsWith('.html') || name.endsWith('.htm')) return MAX_IMPORT_PAGE_BYTES
  return name.endsWith('.redaksi') ? MAX_IMPORT_BUNDLE_BYTES : MAX_IMPORT_TEXT_BYTES
}

/** Megabytes as the limit messages name them (whole, or one decimal below 10). */
export const megabytes = (bytes: number): string => {
  const mb = bytes / (1024 * 1024)
  return mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1)
}
export const MAX_BATCH = 10_000

export interface DuplicateArticle {
  id: string
  headline: string
  status: Status
  updatedAt: string
}

/** What an import changed or could not keep, as data; words in i18n/import-notes.ts. */
export const IMPORT_NOTES = [
  'not-utf8',
  'invalid-bytes',
  'invalid-utf16',
  'unknown-section',
  'unreadable-date',
  'image-missing',
  'revisions-dropped',
  'unplaced-lines',
  'page-tail-left-out',
  'page-image-not-supplied',
  'page-image-unusable',
  'page-image-online',
  'image-refused',
  'images-not-kept'
] as const
export type ImportNoteKind = (typeof IMPORT_NOTES)[number]
export interface ImportNote {
  note: ImportNoteKind
  params?: FailureParams
}

export type ImportOutcome =
  | {
      kind: 'imported'
      fileName: string
      id: string
      headline: string
      /** True when an existing article was replaced (onDuplicate 'replace'). */
      replaced: boolean
      /** Baca Juga lines linked to stored articles, and those left for the editor to pick. */
      bacaJuga: { linked: number; unresolved: number }
      warnings: ImportNote[]
    }
  | { kind: 'duplicate'; fileName: string; headline: string; duplicates: DuplicateArticle[] }
  | { kind: 'failed'; fileName: string; failure: FailureData }

export interface ExportedFiles {
  files: string[]
}

/** One article's export as data, for the browser transport where the renderer saves the file. */
export interface ExportedContent {
  fileName: string
  contentType: string
  /** base64 for a binary format (docx), utf8 for the others. */
  encoding: 'utf8' | 'base64'
  data: string
}

export interface ExportJobStatus {
  job: string
  state: 'running' | 'done' | 'cancelled' | 'failed'
  done: number
  total: number
  files: string[]
  error?: FailureData
}

const Job = z.string().regex(/^[0-9a-f]{16}$/, 'is not an export job id')

export const exchangeRequests = {
  exportArticle: z
    .object({
      id: ArticleIdSchema,
      format: ExportFormatSchema,
      outDir: ExportFolderSchema,
      image: ImageModeSchema.optional(),
      revisions: z.boolean().optional()
    })
    .strict(),
  exportContent: z.object({ id: ArticleIdSchema, format: ExportFormatSchema }).strict(),
  /** Given ids, or else every article with `status` (approved when neither is given). */
  exportBatch: z
    .object({
      ids: z.array(ArticleIdSchema).min(1).max(MAX_BATCH).optional(),
      status: StatusSchema.optional(),
      outDir: ExportFolderSchema,
      image: ImageModeSchema.optional()
    })
    .strict(),
  exportJob: z.object({ job: Job }).strict(),
  // The file's bytes (base64) where the renderer has them, so that main decodes them as it decodes
  // a file it reads itself (UTF-16, stray bytes with their lines); `text` for a caller that only
  // has a string.
  importText: z
    .object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(MAX_IMPORT_TEXT).optional(),
      // Up to a Word document's limit (the largest door); the importer holds each file to its own limit by name (importLimit).
      base64: z
        .string()
        .max(Math.ceil(Math.max(MAX_IMPORT_WORD_BYTES, MAX_IMPORT_PAGE_BYTES) / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64')
        .optional(),
      /** A web page's pictures the writer picked with it, matched to the page by file name. */
      images: z
        .array(z.object({ fileName: z.string().min(1).max(255), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64') }).strict())
        .max(MAX_PAGE_IMAGES)
        .refine((list) => list.reduce((sum, i) => sum + i.base64.length, 0) <= MAX_PAGE_IMAGES_BASE64, { message: 'too large' })
        .optional(),
      onDuplicate: OnDuplicateSchema.default('ask')
    })
    .strict()
    .refine((r) => (r.text === undefined) !== (r.base64 === undefined), { message: 'text or base64', path: ['text'] }),
  importBundle: z
    .object({
      fileName: z.string().min(1).max(255),
      base64: z.string().max(MAX_IMPORT_BUNDLE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bukan base64'),
      onDuplicate: OnDuplicateSchema.default('ask')
    })
    .strict()
}
