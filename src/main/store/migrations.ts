// Bringing older stores up to SCHEMA_VERSION. Each step turns one version's article file into the
// next; the whole store is copied to `backups/` before the first file is rewritten.
//
// Version 1 (the prototype's format, shipped as tests/fixtures/store-v1):
//   article file: { version: 1, id, headline, section, byline: "A, B dan C", editor[], sumber[],
//                   publishedAt: "<ISO with offset>" | null, dateline, featuredImage, body, tags,
//                   status, createdAt, updatedAt, rev, history }
//   index.json:   { version: 1, articles: [{ id, headline, section, status, byline, updatedAt, rev }] }
//   no revisions, no revision ids.
import { cp, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { SCHEMA_VERSION, ZONE_OFFSETS, type Zone } from '../../shared/article'
import { fsyncDir, PRIVATE_DIR_MODE } from '../files'
import { makeRevId } from './ids'
import type { StoreLayout } from './layout'

type Step = (raw: Record<string, unknown>) => Record<string, unknown>

/** v1 did not record who saved a version. */
export const MIGRATED_BY = 'migrasi-v1'

/** Names in a v1 byline were joined by commas, "&" or "dan". */
export function splitByline(byline: string): string[] {
  return byline
    .split(/\s*(?:,|&|\bdan\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

function zoneOf(at: string): { at: string; zone: Zone } {
  for (const [zone, offset] of Object.entries(ZONE_OFFSETS) as [Zone, string][]) {
    if (at.endsWith(offset)) return { at, zone }
  }
  // v1 accepted any offset; anything outside Indonesia's three zones is shown in WIB.
  const wib = new Date(Date.parse(at) + 7 * 3600_000).toISOString().slice(0, 19)
  return { at: `${wib}+07:00`, zone: 'WIB' }
}

const STEPS: Record<number, Step> = {
  1: (v1) => {
    const { version: _version, byline, publishedAt, ...rest } = v1
    const article: Record<string, unknown> = {
      ...rest,
      penulis: typeof byline === 'string' ? splitByline(byline) : [],
      published: typeof publishedAt === 'string' ? zoneOf(publishedAt) : null
    }
    const { rev, ...content } = article
    article.revId = makeRevId(Number(rev), null, content)
    return { schemaVersion: 2, article, snapshot: { at: null, rev: 0 }, savedBy: MIGRATED_BY }
  }
}

/**
 * Upgrades one article file's JSON from `from` to the current version, step by step; throws if it
 * cannot. The typed file (article-file.ts) then checks the result like any file it reads.
 */
export function migrateArticleFile(raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let version = from
  let data = raw
  while (version < SCHEMA_VERSION) {
    const step = STEPS[version]
    if (!step) throw new Error(`no migration from schema ${version}`)
    data = step(data)
    version++
  }
  return data
}

/** Copies everything but earlier backups to `backups/v<from>-<time>/`; returns that folder. */
export async function backupStore(layout: StoreLayout, fromVersion: number, now: Date): Promise<string> {
  const target = join(layout.backups, `v${fromVersion}-${now.toISOString().replace(/[:.]/g, '-')}`)
  await mkdir(target, { recursive: true, mode: PRIVATE_DIR_MODE })
  for (const name of await readdir(layout.dir)) {
    if (name === 'backups' || name === 'staging' || name === 'store.lock') continue
    await cp(join(layout.dir, name), join(target, name), { recursive: true, preserveTimestamps: true })
  }
  await fsyncDir(target)
  return target
}
