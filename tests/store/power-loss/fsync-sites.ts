// Names an fsync by where it is called: the durable-file primitive that issued it and the store
// code that asked for that write, e.g. "writeTemp ← store-core.ts StoreCore.commit". Removing one
// site means treating every fsync with that name as if it had not happened (crash-states.ts).
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

interface Frame {
  fn: string
  file: string
  line: number
}

const FRAME = /^\s*at (?:async )?(?:(.+?) \()?(.+?):(\d+):\d+\)?$/

function framesOf(stack: string): Frame[] {
  const out: Frame[] = []
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line)
    if (!m) continue
    out.push({ fn: m[1] ?? '<anonymous>', file: m[2]!, line: Number(m[3]) })
  }
  return out
}

const inMain = (f: Frame): boolean => /[/\\]src[/\\]main[/\\]/.test(f.file)
const inFiles = (f: Frame): boolean => /[/\\]src[/\\]main[/\\]files[/\\]/.test(f.file)

/** moveDurably syncs two folders; which one is told by the line that called fsyncDir. */
function primitiveOf(frame: Frame, lines: (file: string) => string[]): string {
  if (frame.fn !== 'moveDurably') return frame.fn
  const text = lines(frame.file)[frame.line - 1] ?? ''
  return text.includes('dirname(from)') ? 'moveDurably (source folder)' : 'moveDurably (target folder)'
}

const sources = new Map<string, string[]>()

export function siteOf(stack: string, isDir: boolean, read: (file: string) => string = defaultRead): string {
  const lines = (file: string): string[] => {
    let cached = sources.get(file)
    if (!cached) sources.set(file, (cached = read(file).split('\n')))
    return cached
  }
  const frames = framesOf(stack).filter(inMain)
  const files = frames.filter(inFiles).filter((f) => f.fn !== 'fsyncDir')
  const primitive = files[0] ? primitiveOf(files[0], lines) : isDir ? 'folder sync' : 'file sync'
  const owner = frames.find((f) => !inFiles(f))
  return `${primitive} ← ${owner ? `${basename(owner.file)} ${owner.fn}` : 'files'}`
}

function defaultRead(file: string): string {
  return readFileSync(file, 'utf8')
}
