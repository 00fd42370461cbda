// What a power cut after the first `point` recorded events may leave on disk, by the rules POSIX
// leaves a file system (and ext4/xfs in practice): a file's bytes are durable only up to its last
// fsync (before that it may be empty, the ext4 "zero-length after rename" case); a folder's entry
// change (create, link, unlink, mkdir, rename into it) is durable only once that folder is synced,
// and until then may be undone, independently of the others. A rename is atomic: its new name and
// the removal of the old one persist together, once the target folder is synced.
//
// The set of states is finite and chosen (ALICE and CrashMonkey explore the same two axes):
// everything unsynced lost; every unsynced name kept with unsynced bytes lost; everything kept
// (what SIGKILL leaves); each unsynced entry change persisted alone and dropped alone; each prefix
// of the unsynced entry changes; each file's unsynced bytes lost alone.
import { createHash } from 'node:crypto'
import { applyEntry, cloneNamespace, isEntryEvent, type Base, type EntryEvent, type FsEvent, type NodeId } from './fs-log'

export interface CrashState {
  /** Events that happened before the power went. */
  point: number
  label: string
  /** Relative path → bytes; folders end in '/' and map to null. */
  tree: Map<string, Buffer | null>
  hash: string
}

type Ignored = (site: string) => boolean

interface Pending {
  index: number
  event: EntryEvent
}

/** The entry changes before `point` whose folder was not synced after them, in order. */
function pendingEntries(events: FsEvent[], point: number, ignored: Ignored): { forced: Set<number>; pending: Pending[] } {
  const forced = new Set<number>()
  const pending: Pending[] = []
  const open = new Map<NodeId, number[]>()
  for (let i = 0; i < point; i++) {
    const e = events[i]!
    if (isEntryEvent(e)) {
      const list = open.get(e.dir) ?? []
      list.push(i)
      open.set(e.dir, list)
    } else if (e.kind === 'fsync' && !ignored(e.site)) {
      for (const j of open.get(e.node) ?? []) forced.add(j)
      open.delete(e.node)
    }
  }
  for (const list of open.values()) for (const i of list) pending.push({ index: i, event: events[i] as EntryEvent })
  pending.sort((a, b) => a.index - b.index)
  return { forced, pending }
}

/** Each file's bytes now and as of its last fsync (base files count as synced). */
function fileData(base: Base, events: FsEvent[], point: number, ignored: Ignored): { current: Map<NodeId, Buffer>; synced: Map<NodeId, Buffer> } {
  const current = new Map(base.files)
  const synced = new Map(base.files)
  for (let i = 0; i < point; i++) {
    const e = events[i]!
    if (e.kind === 'write') current.set(e.node, e.data)
    else if (e.kind === 'fsync' && !ignored(e.site) && current.has(e.node)) synced.set(e.node, current.get(e.node)!)
  }
  return { current, synced }
}

export function crashStates(base: Base, events: FsEvent[], point: number, ignored: Ignored = () => false): CrashState[] {
  const { forced, pending } = pendingEntries(events, point, ignored)
  const { current, synced } = fileData(base, events, point, ignored)
  const empty = Buffer.alloc(0)
  const lostData = (n: NodeId): Buffer => synced.get(n) ?? empty
  const keptData = (n: NodeId): Buffer => current.get(n) ?? empty
  const unsyncedFiles = [...current.keys()].filter((n) => !keptData(n).equals(lostData(n)))
  const all = new Set(pending.map((p) => p.index))

  const variants: Array<{ label: string; keep: Set<number>; data: (n: NodeId) => Buffer }> = [
    { label: 'everything unsynced lost', keep: new Set(), data: lostData },
    { label: 'names kept, unsynced bytes lost', keep: all, data: lostData },
    { label: 'everything kept', keep: all, data: keptData }
  ]
  for (const p of pending) {
    const what = `${p.event.kind} ${p.event.name}`
    variants.push({ label: `only ${what} persisted`, keep: new Set([p.index]), data: lostData })
    variants.push({ label: `all but ${what} persisted`, keep: new Set([...all].filter((i) => i !== p.index)), data: keptData })
  }
  for (let m = 1; m < pending.length; m++) {
    variants.push({ label: `first ${m} of ${pending.length} unsynced entry changes`, keep: new Set(pending.slice(0, m).map((p) => p.index)), data: keptData })
  }
  for (const n of unsyncedFiles) {
    variants.push({ label: `bytes of node ${n} lost alone`, keep: all, data: (x) => (x === n ? lostData(x) : keptData(x)) })
  }

  const seen = new Set<string>()
  const out: CrashState[] = []
  for (const v of variants) {
    const ns = cloneNamespace(base.namespace)
    for (let i = 0; i < point; i++) {
      const e = events[i]!
      if (isEntryEvent(e) && (forced.has(i) || v.keep.has(i))) applyEntry(ns, e)
    }
    const tree = new Map<string, Buffer | null>()
    const dirs = new Set([...base.dirs, ...events.filter((e) => e.kind === 'mkdir').map((e) => e.node)])
    const walk = (dir: NodeId, at: string, depth: number): void => {
      if (depth > 32) throw new Error('folder cycle in the crash model')
      for (const [name, node] of [...(ns.get(dir) ?? new Map<string, NodeId>())].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const path = at === '' ? name : `${at}/${name}`
        if (dirs.has(node)) {
          tree.set(`${path}/`, null)
          walk(node, path, depth + 1)
        } else tree.set(path, v.data(node))
      }
    }
    walk(base.root, '', 0)
    const hash = hashTree(tree)
    if (seen.has(hash)) continue
    seen.add(hash)
    out.push({ point, label: v.label, tree, hash })
  }
  return out
}

function hashTree(tree: Map<string, Buffer | null>): string {
  const h = createHash('sha256')
  for (const [path, data] of tree) {
    h.update(path)
    h.update(data === null ? '\u0000dir' : createHash('sha256').update(data).digest('hex'))
  }
  return h.digest('hex')
}
