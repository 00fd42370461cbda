// Puts each crash state on a real disk in a fresh folder, reopens the real store, notes and
// profiles there, and judges what a person would find: it opens, nothing was set aside, and it
// shows exactly the state before or after the operation in flight (only "after" once that
// operation had resolved: an acknowledged change is there whole).
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArticleStore } from '../../../src/main/store'
import { NoteStore } from '../../../src/main/workflow/note-store'
import { ProfilesFile } from '../../../src/main/workflow/profiles-file'
import { crashStates, type CrashState } from './crash-states'
import { deskPaths, STORE_OPTIONS } from './desk'
import type { Recording } from './record'
import { differs, leftoversOfEmptied, readView, setAside, type View } from './view'

export interface Failure {
  point: number
  op: string
  acknowledged: boolean
  state: string
  problem: string
}

export interface CheckRun {
  points: number
  states: number
  /** States actually reopened (the others had the same bytes as one already judged). */
  judged: number
  held: number
  failures: Failure[]
}

export interface CheckOptions {
  /** fsync sites treated as removed. */
  ignored?: (site: string) => boolean
  /** Stop at the first failure (a removal trial only needs one). */
  stopAtFirst?: boolean
  /** Verdicts by state and expectation, shared between runs over the same recording. */
  cache?: Map<string, string | null>
  /** Crash points to try (default: every one). */
  points?: number[]
}

// States are judged on tmpfs where there is one: the reopen's own fsyncs then cost nothing, and
// what is judged is the bytes and names of the state, not the disk under them.
const STATES_DIR = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()

async function materialise(tree: CrashState['tree']): Promise<string> {
  const root = await mkdtemp(join(STATES_DIR, 'redaksi-crashstate-'))
  for (const [path, data] of tree) {
    if (data === null) await mkdir(join(root, path), { recursive: true })
    else await writeFile(join(root, path), data)
  }
  return root
}

/** Null when the reopened state is one of `allowed`; what is wrong otherwise. */
async function judge(state: CrashState, allowed: View[], ids: string[]): Promise<string | null> {
  const root = await materialise(state.tree)
  const paths = deskPaths(root)
  try {
    let store
    try {
      store = await openArticleStore(paths.store, STORE_OPTIONS)
    } catch (err) {
      return `the store does not open: ${String(err)}`
    }
    try {
      const report = store.openReport
      if (report.quarantined.length > 0) return `quarantined ${report.quarantined.map((q) => `${q.file} (${q.reason})`).join('; ')}`
      if (report.skipped.length > 0) return `skipped ${report.skipped.map((s) => s.file).join('; ')}`
      const profiles = (await ProfilesFile.open(paths.profiles)).list()
      const aside = await setAside(paths.data)
      if (aside.length > 0) return `set aside as damaged: ${aside.join(', ')}`
      const found = await readView(store, new NoteStore(paths.store), profiles, ids)
      const problems: string[] = []
      for (const expected of allowed) {
        const problem = differs(found, expected, allowed) ?? (await leftoversOfEmptied(paths.store, expected))
        if (problem === null) return null
        problems.push(problem)
      }
      return problems.join(' / ')
    } finally {
      await store.close()
    }
  } catch (err) {
    return `reading it failed: ${String(err)}`
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** Which operation event `point - 1` belongs to, and whether it had resolved by then. */
function momentOf(rec: Recording, point: number): { op: number; acknowledged: boolean; allowed: View[] } {
  if (point === 0) return { op: -1, acknowledged: true, allowed: [rec.views[0]!] }
  const op = rec.events[point - 1]!.op
  const acknowledged = rec.ends[op] === point
  return { op, acknowledged, allowed: acknowledged ? [rec.views[op + 1]!] : [rec.views[op]!, rec.views[op + 1]!] }
}

export async function checkRecording(rec: Recording, options: CheckOptions = {}): Promise<CheckRun> {
  const run: CheckRun = { points: 0, states: 0, judged: 0, held: 0, failures: [] }
  const points = options.points ?? Array.from({ length: rec.events.length + 1 }, (_, i) => i)
  for (const point of points) {
    run.points++
    const moment = momentOf(rec, point)
    for (const state of crashStates(rec.base, rec.events, point, options.ignored)) {
      run.states++
      const key = `${state.hash}|${moment.op}|${moment.acknowledged}`
      let problem = options.cache?.get(key)
      if (problem === undefined) {
        run.judged++
        problem = await judge(state, moment.allowed, rec.ids)
        options.cache?.set(key, problem)
      }
      if (problem === null) {
        run.held++
        continue
      }
      run.failures.push({ point, op: rec.names[moment.op] ?? 'before the first operation', acknowledged: moment.acknowledged, state: state.label, problem })
      if (options.stopAtFirst) return run
    }
  }
  return run
}
