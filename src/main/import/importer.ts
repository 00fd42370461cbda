// Import as the services and the command line use it: files by path, or text and bundles the
// renderer read itself (the browser transport). Each file is read and checked in full before
// anything is stored, so a file that is not an article leaves the store untouched.
import { basename, dirname, extname } from 'node:path'
import { importLimit, MAX_IMPORT_LINES, megabytes, type ImportOutcome, type OnDuplicate } from '../../shared/exchange'
import { failedWith, failureData, isFailure, RedaksiFailure } from '../../shared/result'
import type { ArticleStore } from '../store'
import { decodeText } from './decode-text'
import type { ImportCandidate } from './import-candidate'
import { parseBundle } from './parse-bundle'
import { readImportFile } from './read-import-file'
import { parseKompasFile, type KompasImportOptions } from './parse-kompas-file'
import { storedHeadlines } from './stored-headlines'
import { storeCandidate } from './store-candidate'
import type { PageImages } from './web-page/page-images'
import { isWebPage, readWebPage } from './web-page/read-web-page'
import { parseWordFile } from './word/parse-word-file'
import { looksLikeWord } from './word/word-package'

export const BUNDLE_EXTENSION = '.redaksi'
export const WORD_EXTENSIONS = ['.docx', '.doc']

/** A Word document, a bundle or a web page by its extension, or by its first bytes (a zip or OLE file, the JSON or HTML it is). */
async function readCandidate(fileName: string, bytes: Uint8Array, options: KompasImportOptions, images: PageImages): Promise<ImportCandidate> {
  if (bytes.length > importLimit(fileName)) throw new RedaksiFailure('import.file-too-large', { file: fileName, size: megabytes(bytes.length), limit: megabytes(importLimit(fileName)) })
  if (WORD_EXTENSIONS.includes(extname(fileName).toLowerCase()) || looksLikeWord(bytes)) return parseWordFile(fileName, bytes, options)
  const { text, warnings } = decodeText(bytes, fileName)
  const candidate =
    extname(fileName).toLowerCase() === BUNDLE_EXTENSION || /^\uFEFF?\s*\{/.test(text)
      ? parseBundle(fileName, text)
      : isWebPage(fileName, text)
        ? await readWebPage(fileName, text, images, options)
        : parseKompasFile(fileName, withinLineLimit(fileName, text), options)
  candidate.warnings.unshift(...warnings)
  return candidate
}

/** A Kompas text's lines are counted before it is parsed (a bundle's JSON may be laid out at will). */
function withinLineLimit(fileName: string, text: string): string {
  let lines = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
  if (lines > MAX_IMPORT_LINES) throw new RedaksiFailure('import.too-many-lines', { file: fileName, lines, max: MAX_IMPORT_LINES })
  return text
}

/**
 * Files that are wrong become a failed outcome; a store that cannot write still throws. A file is
 * wrong when its failure is about what was sent (invalid-request, too-large, a damaged bundle:
 * not a text, not an article, a body outside the schema), never when the store itself failed.
 */
const failed = (fileName: string, err: unknown): ImportOutcome => {
  if (isFailure(err) && (err.code === 'invalid-request' || err.code === 'too-large' || failedWith(err, 'bundle.truncated', 'bundle.damaged', 'bundle.image-damaged'))) {
    return { kind: 'failed', fileName, failure: failureData(err.failure) }
  }
  // The store's refusals of the draft itself fail only this file.
  if (failedWith(err, 'store.invalid-draft', 'store.spiked', 'store.bad-asset-ref')) return { kind: 'failed', fileName, failure: failureData(err.failure) }
  throw err
}

export class Importer {
  constructor(
    private readonly store: ArticleStore,
    private readonly options: KompasImportOptions & { actor?: string } = {}
  ) {}

  /** One outcome per file, in order; a failed file does not stop the others. */
  async importFiles(paths: readonly string[], onDuplicate: OnDuplicate): Promise<ImportOutcome[]> {
    const headlines = await storedHeadlines(this.store)
    const out: ImportOutcome[] = []
    for (const path of paths) {
      const fileName = basename(path)
      let bytes: Uint8Array
      try {
        bytes = await readImportFile(path, fileName)
      } catch (err) {
        if (!isFailure(err)) throw err
        out.push({ kind: 'failed', fileName, failure: failureData(err.failure) })
        continue
      }
      out.push(await this.importBytes(fileName, bytes, onDuplicate, headlines, { folder: dirname(path) }))
    }
    return out
  }

  /** A file's text, or its bytes to be decoded as a file read from disk is; a web page's pictures beside it. */
  async importText(fileName: string, content: string | Uint8Array, onDuplicate: OnDuplicate, images: { fileName: string; bytes: Uint8Array }[] = []): Promise<ImportOutcome> {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
    return this.importBytes(fileName, bytes, onDuplicate, await storedHeadlines(this.store), { files: images })
  }

  async importBundle(fileName: string, base64: string, onDuplicate: OnDuplicate): Promise<ImportOutcome> {
    let candidate: ImportCandidate
    try {
      candidate = parseBundle(fileName, decodeText(Buffer.from(base64, 'base64'), fileName).text)
    } catch (err) {
      return failed(fileName, err)
    }
    return storeCandidate(this.store, candidate, onDuplicate, await storedHeadlines(this.store), this.options.actor).catch((err: unknown) => failed(fileName, err))
  }

  private async importBytes(
    fileName: string,
    bytes: Uint8Array,
    onDuplicate: OnDuplicate,
    headlines: Awaited<ReturnType<typeof storedHeadlines>>,
    images: PageImages
  ): Promise<ImportOutcome> {
    let candidate: ImportCandidate
    try {
      candidate = await readCandidate(fileName, bytes, this.options, images)
    } catch (err) {
      return failed(fileName, err)
    }
    return storeCandidate(this.store, candidate, onDuplicate, headlines, this.options.actor).catch((err: unknown) => failed(fileName, err))
  }
}
