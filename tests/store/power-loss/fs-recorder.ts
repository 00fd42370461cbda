// Sees every file-system change the store makes under one folder, calling through to the real fs.
// Node's `fs/promises` exports are patched in place and pushed to ESM named imports with
// syncBuiltinESMExports; FileHandle methods are patched on its prototype. Vitest leaves node
// builtins external, so the store's own `import { open } from 'node:fs/promises'` sees the patch.
// Calls outside the recorded folder pass straight through. Test-only: production code has no seam.
import fsp from 'node:fs/promises'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { applyEntry, entriesOf, type Base, type EntryEvent, type FsEvent, type Namespace, type NodeId } from './fs-log'
import { siteOf } from './fsync-sites'

type Fn = (...args: never[]) => Promise<unknown>
type FileHandle = fsp.FileHandle

/** Changes the store must never make in a way this model does not follow. */
const UNMODELLED = ['writeFile', 'appendFile', 'copyFile', 'cp', 'symlink', 'truncate', 'utimes', 'chmod'] as const

export class FsRecorder {
  readonly events: FsEvent[] = []
  /** Calls under the folder the model cannot follow; the test fails on any. */
  readonly unmodelled: string[] = []
  /** The operation events are attributed to; -1 outside any (which the test forbids). */
  op = -1
  private readonly ns: Namespace = new Map()
  private readonly content = new Map<NodeId, Buffer>()
  private readonly dirs = new Set<NodeId>()
  private readonly handles = new WeakMap<FileHandle, NodeId>()
  private readonly restore: Array<() => void> = []
  private nextNode = 1
  readonly base: Base

  private constructor(readonly root: string) {
    const rootNode = this.newNode(true)
    this.scan(root, rootNode)
    this.base = { root: rootNode, dirs: new Set(this.dirs), files: new Map(this.content), namespace: new Map([...this.ns].map(([d, e]) => [d, new Map(e)])) }
  }

  /** Starts recording under `root`; what is there now is the durable starting state. */
  static async start(root: string): Promise<FsRecorder> {
    // Sites are named from the stack: deep enough to reach past lowdb to the store's own code.
    Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 60)
    const recorder = new FsRecorder(resolve(root))
    await recorder.patch()
    return recorder
  }

  stop(): void {
    while (this.restore.length) this.restore.pop()!()
    syncBuiltinESMExports()
  }

  /** Every file under the root with its bytes, as the live model believes: must equal the real disk. */
  modelTree(): Map<string, string> {
    const out = new Map<string, string>()
    const walk = (dir: NodeId, at: string): void => {
      for (const [name, node] of entriesOf(this.ns, dir)) {
        const path = at === '' ? name : `${at}/${name}`
        if (this.dirs.has(node)) {
          out.set(`${path}/`, '')
          walk(node, path)
        } else out.set(path, (this.content.get(node) ?? Buffer.alloc(0)).toString('base64'))
      }
    }
    walk(this.base.root, '')
    return out
  }

  private newNode(dir: boolean): NodeId {
    const id = this.nextNode++
    if (dir) {
      this.dirs.add(id)
      this.ns.set(id, new Map())
    } else this.content.set(id, Buffer.alloc(0))
    return id
  }

  private scan(path: string, node: NodeId): void {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      const child = this.newNode(statSync(full).isDirectory())
      entriesOf(this.ns, node).set(name, child)
      if (this.dirs.has(child)) this.scan(full, child)
      else this.content.set(child, readFileSync(full))
    }
  }

  /** The node at `path` and its folder, or null outside the root. */
  private where(path: unknown): { dir: NodeId | undefined; name: string; node: NodeId | undefined } | null {
    if (typeof path !== 'string') return null
    const rel = relative(this.root, resolve(path))
    if (rel === '') return { dir: undefined, name: '', node: this.base.root }
    if (rel.startsWith('..') || rel.startsWith(sep)) return null
    let dir: NodeId | undefined = this.base.root
    const parts = rel.split(sep)
    for (const part of parts.slice(0, -1)) dir = dir === undefined ? undefined : this.ns.get(dir)?.get(part)
    const name = parts[parts.length - 1]!
    return { dir, name, node: dir === undefined ? undefined : this.ns.get(dir)?.get(name) }
  }

  private entry(e: EntryEvent): void {
    applyEntry(this.ns, e)
    this.events.push({ ...e, op: this.op, caller: callerOf() })
  }

  private async patch(): Promise<void> {
    const mod = fsp as unknown as Record<string, Fn>
    const wrap = (name: string, around: (real: Fn, args: unknown[]) => Promise<unknown>): void => {
      const real = mod[name]!
      mod[name] = ((...args: unknown[]) => around(real, args)) as Fn
      this.restore.push(() => (mod[name] = real))
    }
    wrap('open', async (real, args) => this.open(real, args))
    wrap('rename', async (real, [from, to]) => {
      const a = this.where(from)
      const b = this.where(to)
      const result = await real(...([from, to] as never[]))
      if (a && b && a.node !== undefined && a.dir !== undefined && b.dir !== undefined) {
        this.entry({ kind: 'rename', fromDir: a.dir, fromName: a.name, dir: b.dir, name: b.name, node: a.node })
      } else if (a || b) this.unmodelled.push(`rename ${String(from)} ${String(to)}`)
      return result
    })
    wrap('link', async (real, [existing, path]) => {
      const a = this.where(existing)
      const b = this.where(path)
      const result = await real(...([existing, path] as never[]))
      if (a?.node !== undefined && b?.dir !== undefined) this.entry({ kind: 'link', dir: b.dir, name: b.name, node: a.node })
      else if (a || b) this.unmodelled.push(`link ${String(existing)} ${String(path)}`)
      return result
    })
    for (const name of ['unlink', 'rmdir', 'rm']) {
      wrap(name, async (real, args) => {
        const at = this.where(args[0])
        const result = await real(...(args as never[]))
        if (at?.node !== undefined && at.dir !== undefined) this.entry({ kind: 'unlink', dir: at.dir, name: at.name, node: at.node })
        return result
      })
    }
    wrap('mkdir', async (real, args) => {
      const target = typeof args[0] === 'string' ? resolve(args[0]) : null
      const missing: string[] = []
      for (let p = target; p !== null && this.where(p) !== null && this.where(p)!.node === undefined; p = dirname(p)) missing.unshift(p)
      const result = await real(...(args as never[]))
      for (const p of missing) {
        const at = this.where(p)!
        this.entry({ kind: 'mkdir', dir: at.dir!, name: basename(p), node: this.newNode(true) })
      }
      return result
    })
    for (const name of UNMODELLED) {
      if (!(name in mod)) continue
      wrap(name, async (real, args) => {
        if (this.where(args[0])) this.unmodelled.push(`${name} ${String(args[0])}`)
        return real(...(args as never[]))
      })
    }
    // The prototype is only reachable through a handle: open one outside the root.
    const probe = await fsp.open(this.root.split(sep).slice(0, -1).join(sep) || sep, 'r')
    const proto = Object.getPrototypeOf(probe) as Record<string, Fn>
    await probe.close()
    this.patchHandles(proto)
    syncBuiltinESMExports()
  }

  private async open(real: Fn, args: unknown[]): Promise<unknown> {
    const [path, flags] = args
    const at = this.where(path)
    const handle = (await real(...(args as never[]))) as FileHandle
    if (!at) return handle
    const f = flags === undefined ? 'r' : flags
    if (typeof f !== 'string' || f.includes('a') || f.includes('+')) {
      this.unmodelled.push(`open ${String(path)} ${String(f)}`)
      return handle
    }
    let node = at.node
    if (f.includes('w')) {
      if (node === undefined) {
        node = this.newNode(false)
        this.entry({ kind: 'create', dir: at.dir!, name: at.name, node })
      } else if (this.content.get(node)!.length > 0) this.wrote(node, Buffer.alloc(0))
    }
    if (node !== undefined) this.handles.set(handle, node)
    return handle
  }

  private wrote(node: NodeId, data: Buffer): void {
    this.content.set(node, data)
    this.events.push({ kind: 'write', node, data, op: this.op, caller: callerOf() })
  }

  private patchHandles(proto: Record<string, Fn>): void {
    const wrap = (name: string, after: (node: NodeId, args: unknown[], stack: string) => void): void => {
      const real = proto[name]!
      const handles = this.handles
      proto[name] = async function (this: FileHandle, ...args: unknown[]) {
        // Taken before the await: the synchronous stack names the caller however deep it is.
        const stack = new Error().stack ?? ''
        const result = await real.apply(this, args as never[])
        const node = handles.get(this)
        if (node !== undefined) after(node, args, stack)
        return result
      } as Fn
      this.restore.push(() => (proto[name] = real))
    }
    wrap('writeFile', (node, [data, options]) => {
      const encoding: BufferEncoding = typeof options === 'string' ? (options as BufferEncoding) : ((options as { encoding?: BufferEncoding } | undefined)?.encoding ?? 'utf8')
      this.wrote(node, typeof data === 'string' ? Buffer.from(data, encoding) : Buffer.from(data as Uint8Array))
    })
    wrap('write', (node) => this.unmodelled.push(`handle.write on node ${node}`))
    for (const name of ['sync', 'datasync']) {
      wrap(name, (node, _args, stack) => this.events.push({ kind: 'fsync', node, site: siteOf(stack, this.dirs.has(node)), op: this.op, caller: callerOf() }))
    }
  }
}

/** The store function that made a call (for reading a failure), from the stack. */
function callerOf(): string {
  const frames = (new Error().stack ?? '').split('\n').filter((l) => l.includes(`${sep}src${sep}main${sep}`))
  const top = frames[0]
  return top ? top.trim().replace(/^at (async )?/, '').replace(/\(.*[/\\]src[/\\]main[/\\]/, '(') : 'outside src/main'
}
