// Damaged files are moved aside, never deleted: a person may still recover a paragraph from a
// truncated file. A small note beside each explains why it was moved.
import { basename, join } from 'node:path'
import { SCHEMA_VERSION } from '../../shared/article'
import { moveDurably, writeFileDurably } from './durable-file'

export interface QuarantineRecord {
  file: string
  articleId: string | null
  reason: string
}

export async function quarantineFile(
  quarantineDir: string,
  file: string,
  articleId: string | null,
  reason: string,
  now: Date
): Promise<QuarantineRecord> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const target = join(quarantineDir, `${stamp}-${basename(file)}`)
  await moveDurably(file, target)
  await writeFileDurably(
    `${target}.reason.json`,
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, from: file, articleId, reason, at: now.toISOString() }, null, 2)
  )
  return { file: target, articleId, reason }
}
