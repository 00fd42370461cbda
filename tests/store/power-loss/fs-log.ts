// The file-system model the power-loss test reasons in: files and folders are nodes (inodes), a
// folder maps names to nodes, and a recorded log says what happened to them. Names are changed by
// entry events, bytes by writes, and an fsync makes one node's state durable (for a folder: its
// entries; for a file: its bytes). Pure data: recording it is fs-recorder.ts, reasoning over it
// crash-states.ts.

export type NodeId = number

/** Changes one folder's entries. A rename's new name is durable once its target folder is synced. */
export type EntryEvent =
  | { kind: 'create'; dir: NodeId; name: string; node: NodeId }
  | { kind: 'mkdir'; dir: NodeId; name: string; node: NodeId }
  | { kind: 'link'; dir: NodeId; name: string; node: NodeId }
  | { kind: 'unlink'; dir: NodeId; name: string; node: NodeId }
  | { kind: 'rename'; fromDir: NodeId; fromName: string; dir: NodeId; name: string; node: NodeId }

export type FsEvent =
  | (EntryEvent & { op: number; caller: string })
  /** The whole content of `node` after the write. */
  | { kind: 'write'; node: NodeId; data: Buffer; op: number; caller: string }
  /** `site` names the fsync call site (primitive and the store code that asked), for removal trials. */
  | { kind: 'fsync'; node: NodeId; site: string; op: number; caller: string }

/** Folder node → its entries. */
export type Namespace = Map<NodeId, Map<string, NodeId>>

export interface Base {
  root: NodeId
  dirs: Set<NodeId>
  /** Content of every file present when recording started, taken as durable. */
  files: Map<NodeId, Buffer>
  namespace: Namespace
}

export function cloneNamespace(ns: Namespace): Namespace {
  return new Map([...ns].map(([dir, entries]) => [dir, new Map(entries)]))
}

export function entriesOf(ns: Namespace, dir: NodeId): Map<string, NodeId> {
  let entries = ns.get(dir)
  if (!entries) {
    entries = new Map()
    ns.set(dir, entries)
  }
  return entries
}

/** Applies one entry change; an unlink or rename of a name that no longer holds that node changes nothing there. */
export function applyEntry(ns: Namespace, e: EntryEvent): void {
  switch (e.kind) {
    case 'create':
    case 'link':
    case 'mkdir':
      entriesOf(ns, e.dir).set(e.name, e.node)
      if (e.kind === 'mkdir') entriesOf(ns, e.node)
      return
    case 'unlink': {
      const entries = entriesOf(ns, e.dir)
      if (entries.get(e.name) === e.node) entries.delete(e.name)
      return
    }
    case 'rename': {
      const from = entriesOf(ns, e.fromDir)
      if (from.get(e.fromName) === e.node) from.delete(e.fromName)
      entriesOf(ns, e.dir).set(e.name, e.node)
      return
    }
  }
}

export const isEntryEvent = (e: FsEvent): e is EntryEvent & { op: number; caller: string } => e.kind !== 'write' && e.kind !== 'fsync'
