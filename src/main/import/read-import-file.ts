// Reading a file someone asked us to import: a regular file only, and never more than the limit.
// The checks are made on the opened descriptor, not the path, so a file swapped for a pipe or a
// device between the check and the read is caught too.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { importLimit, megabytes } from '../../shared/exchange'
import { RedaksiFailure } from '../../shared/result'

/**
 * The file's bytes. O_NONBLOCK makes opening a pipe return at once instead of waiting for a
 * writer (on a regular file it changes nothing); the size is checked before the first byte is
 * read and again while reading, for a file that grows meanwhile.
 */
export async function readImportFile(path: string, fileName: string): Promise<Uint8Array> {
  const limit = importLimit(fileName)
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new RedaksiFailure(code === 'ENOENT' ? 'import.file-missing' : code === 'EISDIR' ? 'import.not-a-file' : 'import.unreadable', { file: path })
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new RedaksiFailure('import.not-a-file', { file: path })
    if (stats.size > limit) throw tooLarge(path, stats.size, limit)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > limit) throw tooLarge(path, total, limit)
      chunks.push(chunk.subarray(0, bytesRead))
    }
    return Buffer.concat(chunks, total)
  } catch (err) {
    if (err instanceof RedaksiFailure) throw err
    throw new RedaksiFailure('import.unreadable', { file: path })
  } finally {
    await handle.close()
  }
}

function tooLarge(file: string, size: number, limit: number): RedaksiFailure {
  return new RedaksiFailure('import.file-too-large', { file, size: megabytes(size), limit: megabytes(limit) })
}
