// Runs the desk's script once in a real temp folder with the recorder on, and keeps what the model
// needs: the durable starting state, every recorded call, where each operation ended, and what a
// person could see before and after each one.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { openDesk, type Desk, type Made, type Script } from './desk'
import type { Base, FsEvent } from './fs-log'
import { FsRecorder } from './fs-recorder'
import { readView, type View } from './view'

export interface Recording {
  base: Base
  events: FsEvent[]
  /** views[0] before the first operation, views[j + 1] after operation j. */
  views: View[]
  /** ends[j]: how many events had happened when operation j resolved. */
  ends: number[]
  names: string[]
  ids: string[]
  unmodelled: string[]
  /** Operations after which the recorder's model of the folder differed from the real one. */
  drift: string[]
}

async function realTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const rel = relative(root, path).split('\\').join('/')
      if (entry.isDirectory()) {
        out.set(`${rel}/`, '')
        await walk(path)
      } else out.set(rel, (await readFile(path)).toString('base64'))
    }
  }
  await walk(root)
  return out
}

const idsOf = (made: Made): string[] => [made.a?.id, made.b?.id].filter((id): id is string => id !== undefined)

const viewOf = (desk: Desk, made: Made): Promise<View> => readView(desk.store, desk.notes, desk.profiles.list(), idsOf(made))

/** Nothing yet: no store, no profiles. */
const NOTHING: View = { articles: new Map(), summaries: new Map(), revisions: new Map(), tombstones: new Map(), notes: new Map(), profiles: { profiles: [], currentId: null } }

export async function recordScript(script: Script): Promise<Recording> {
  const root = await mkdtemp(join(tmpdir(), 'redaksi-powerloss-'))
  const made: Made = {}
  let desk: Desk | null = null
  const views: View[] = []
  if (script.opensNewStore) {
    // Not even the data folder: the first open makes it.
    views.push(NOTHING)
  } else {
    desk = await openDesk(root)
    views.push(await viewOf(desk, made))
  }
  const recorder = await FsRecorder.start(root)
  const ends: number[] = []
  const drift: string[] = []
  const steps = [...(script.opensNewStore ? [{ name: 'open a new store', run: async () => void (desk = await openDesk(root)) }] : []), ...script.ops]
  try {
    for (const [j, op] of steps.entries()) {
      recorder.op = j
      await op.run(desk!, made)
      recorder.op = -1
      ends.push(recorder.events.length)
      if (!isDeepStrictEqual(recorder.modelTree(), await realTree(root))) drift.push(op.name)
      views.push(await viewOf(desk!, made))
    }
  } finally {
    recorder.stop()
    await (desk as Desk | null)?.close()
    await rm(root, { recursive: true, force: true })
  }
  return { base: recorder.base, events: recorder.events, views, ends, names: steps.map((o) => o.name), ids: idsOf(made), unmodelled: recorder.unmodelled, drift }
}
