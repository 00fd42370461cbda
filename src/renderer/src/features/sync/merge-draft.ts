// Merge by hand (issue 9): two versions of one article, the server's and this machine's, and the
// person's choice per field and per top-level body block. Pure, so it is tested without a screen.
// The merge starts from the local version: whatever the person does not touch stays theirs.
import type { ArticleDraft } from '../../../../shared/article'
import type { BodyNode } from '../../../../shared/editor/body-json'

export type Side = 'server' | 'local'
export type MergeField = Exclude<keyof ArticleDraft, 'body'>

/** Every field besides the body, in the order the editor shows them. */
export const MERGE_FIELDS: readonly MergeField[] = ['headline', 'section', 'published', 'dateline', 'featuredImage', 'penulis', 'editor', 'sumber', 'tags']

export type BlockRow =
  | { kind: 'same'; key: string; block: BodyNode }
  /** A block both versions have at this place, with different content: take one of them. */
  | { kind: 'changed'; key: string; server: BodyNode; local: BodyNode }
  /** A block only one version has: keep it or drop it. */
  | { kind: 'only'; key: string; side: Side; block: BodyNode }

export interface MergePlan {
  /** The fields whose values differ; the others are the same on both sides. */
  fields: MergeField[]
  blocks: BlockRow[]
}

export interface MergeChoices {
  fields: Partial<Record<MergeField, Side>>
  /** Per `changed` row: which side; per `only` row: whether it is kept. */
  blocks: Record<string, Side | 'keep' | 'drop'>
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The longest common subsequence of two block lists, as pairs of indexes. */
function commonBlocks(server: readonly string[], local: readonly string[]): Array<[number, number]> {
  const rows = server.length
  const cols = local.length
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0))
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i]![j] = server[i] === local[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < rows && j < cols) {
    if (server[i] === local[j]) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

/**
 * Lines the two bodies up block by block: blocks equal on both sides anchor the alignment; between
 * two anchors, the n-th differing block of one side is paired with the n-th of the other (an edited
 * paragraph), and what is left over exists on one side only (added there, or deleted on the other).
 */
export function alignBlocks(server: readonly BodyNode[], local: readonly BodyNode[]): BlockRow[] {
  const anchors = commonBlocks(server.map((b) => JSON.stringify(b)), local.map((b) => JSON.stringify(b)))
  const rows: BlockRow[] = []
  let s = 0
  let l = 0
  const gap = (sEnd: number, lEnd: number): void => {
    while (s < sEnd && l < lEnd) rows.push({ kind: 'changed', key: `b${rows.length}`, server: server[s++]!, local: local[l++]! })
    while (s < sEnd) rows.push({ kind: 'only', key: `b${rows.length}`, side: 'server', block: server[s++]! })
    while (l < lEnd) rows.push({ kind: 'only', key: `b${rows.length}`, side: 'local', block: local[l++]! })
  }
  for (const [si, li] of anchors) {
    gap(si, li)
    rows.push({ kind: 'same', key: `b${rows.length}`, block: local[li]! })
    s = si + 1
    l = li + 1
  }
  gap(server.length, local.length)
  return rows
}

export function planMerge(server: ArticleDraft, local: ArticleDraft): MergePlan {
  return {
    fields: MERGE_FIELDS.filter((field) => !same(server[field], local[field])),
    blocks: alignBlocks(server.body.content, local.body.content)
  }
}

/** Where a merge starts: the local version everywhere (its blocks kept, the server's extra ones not). */
export function startingChoices(plan: MergePlan): MergeChoices {
  const blocks: MergeChoices['blocks'] = {}
  for (const row of plan.blocks) {
    if (row.kind === 'changed') blocks[row.key] = 'local'
    else if (row.kind === 'only') blocks[row.key] = row.side === 'local' ? 'keep' : 'drop'
  }
  return { fields: Object.fromEntries(plan.fields.map((f) => [f, 'local'])), blocks }
}

/** The draft the choices make; a field or block without a choice is the local one. */
export function mergedDraft(server: ArticleDraft, local: ArticleDraft, plan: MergePlan, choices: MergeChoices): ArticleDraft {
  const draft: ArticleDraft = structuredClone(local)
  const put = <F extends MergeField>(field: F, from: ArticleDraft): void => {
    draft[field] = structuredClone(from[field])
  }
  for (const field of plan.fields) if (choices.fields[field] === 'server') put(field, server)
  const content: BodyNode[] = []
  for (const row of plan.blocks) {
    const choice = choices.blocks[row.key]
    if (row.kind === 'same') content.push(row.block)
    else if (row.kind === 'changed') content.push(choice === 'server' ? row.server : row.local)
    else if (choice === 'keep' || (choice === undefined && row.side === 'local')) content.push(row.block)
  }
  draft.body = { ...local.body, content: structuredClone(content) }
  return draft
}

/** A field's value as one line of text, for the word diff and the choice's label. */
export function fieldText(field: MergeField, draft: ArticleDraft): string {
  switch (field) {
    case 'headline':
    case 'section':
      return draft[field]
    case 'published':
      return draft.published ? `${draft.published.at} ${draft.published.zone}` : '—'
    case 'dateline':
      return [draft.dateline.city, draft.dateline.outlet].filter((s) => s.trim() !== '').join(', ') || '—'
    case 'featuredImage': {
      const image = draft.featuredImage
      if (!image) return '—'
      return [image.caption, image.credit ? `(${image.credit})` : '', image.asset ? `[${image.asset.slice(0, 8)}]` : ''].filter(Boolean).join(' ') || '—'
    }
    default:
      return draft[field].join(', ') || '—'
  }
}
