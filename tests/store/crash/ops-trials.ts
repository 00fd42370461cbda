// The operation crash trials: one data folder per mode, a child (ops-writer.ts) SIGKILLed in it
// trial after trial, and after each kill the app reopened on it as it would start after a crash:
// the store opens, its report names only the lock the dead child held, nothing was set aside, and
// every acknowledged operation is present whole (check-articles.ts, check-side.ts).
import { readdirSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { openRedaksi } from '../../../src/main/redaksi'
import { NoteStore } from '../../../src/main/workflow/note-store'
import { ProfilesFile } from '../../../src/main/workflow/profiles-file'
import { checkArticles } from './check-articles'
import { checkNoteQueue, checkNotes, checkProfiles } from './check-side'
import { runKillTrials } from './kill-loop'
import { Ledger, type CrashMode, type Op, type OpFigures } from './ops-ledger'

/** The child's source; the trials run it bundled (bundle-child.ts). */
export const OPS_WRITER = join(import.meta.dirname, 'ops-writer.ts')

export interface OpsResult {
  mode: CrashMode
  trials: number
  /** Trials whose kill came while an operation was in flight. */
  killedMid: number
  /** Notes trials killed after the note was queued and before it was written (write-ahead's gap). */
  queuedOnly: number
  /** Trials after which everything held. */
  held: number
  durationMs: number
  figures: Partial<Record<Op, OpFigures>>
  problems: string[]
}

/** Files a reader set aside as damaged: a `.damaged-` copy anywhere, anything in quarantine. */
function setAside(dataDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.includes('.damaged-')) found.push(join(dir, e.name))
      if (e.isDirectory()) walk(join(dir, e.name))
    }
  }
  walk(dataDir)
  return [...found, ...readdirSync(join(dataDir, 'store', 'quarantine')).map((n) => join('quarantine', n))]
}

export async function runOpsTrials(writer: string, dataDir: string, mode: CrashMode, o: { trials: number; seed: number; aim: readonly Op[]; intents: readonly [number, number]; delayMs: number }): Promise<OpsResult> {
  const ledger = new Ledger()
  const started = performance.now()
  const result: OpsResult = { mode, trials: 0, killedMid: 0, queuedOnly: 0, held: 0, durationMs: 0, figures: {}, problems: [] }
  await runKillTrials({
    script: writer,
    args: (t) => [dataDir, mode, String(t), String(o.seed)],
    trials: o.trials,
    seed: o.seed,
    // Aimed at the operations the mode is about: the kill comes a few of their intents in.
    killAfter: { aim: (line) => o.aim.some((op) => line.startsWith(`intent {"op":"${op}"`)), lines: o.intents, delayMs: o.delayMs },
    check: async (t, run) => {
      const intent = ledger.read(run.lines)
      const problems: string[] = []
      const redaksi = await openRedaksi(
        { storeDir: join(dataDir, 'store'), settingsFile: join(dataDir, 'settings.json') },
        { name: 'Redaksi', version: '0.0.0-crash', transport: 'browser' },
        {},
        { background: false }
      )
      try {
        const { lockTakenOver, ...rest } = redaksi.openReport
        if (lockTakenOver?.pid !== run.pid || lockTakenOver.reason !== 'ended' || lockTakenOver.host !== hostname()) {
          problems.push(`open report's lock: ${JSON.stringify(lockTakenOver)}, expected the dead child ${run.pid}`)
        }
        const expectedRest = { setAside: [], skipped: [], migratedFrom: null, backupDir: null }
        if (JSON.stringify(rest) !== JSON.stringify(expectedRest)) problems.push(`open report: ${JSON.stringify(rest)}`)
        if (redaksi.store.openReport.indexRebuilt) problems.push('the index had to be rebuilt')
        for (const file of setAside(dataDir)) problems.push(`set aside: ${file}`)
        let landed = await checkArticles(redaksi.store, ledger, intent, problems)
        landed = (await checkNotes(new NoteStore(join(dataDir, 'store')), ledger.articles.keys(), ledger, intent, problems)) || landed
        for (const note of ledger.notes.values()) {
          if (!ledger.articles.has(note.articleId)) problems.push(`note ${note.id} has no article ${note.articleId}`)
        }
        const queued = mode === 'notes' && checkNoteQueue(redaksi.sync.outbox, ledger, intent, problems)
        landed = checkProfiles(await ProfilesFile.open(join(dataDir, 'profiles.json')), ledger, intent, problems) || landed
        if (queued && !landed) result.queuedOnly++
        if (intent) {
          result.killedMid++
          if (landed) ledger.figure(intent.op).landed++
        }
      } finally {
        await redaksi.close()
      }
      result.problems.push(...problems.map((p) => `${mode} trial ${t} (killed ${run.moment.delayMs} ms after aimed intent ${run.moment.lines}, ${intent ? `during ${intent.op}` : 'between operations'}): ${p}`))
      if (problems.length === 0) result.held++
      result.trials = t
    }
  })
  result.durationMs = performance.now() - started
  result.figures = Object.fromEntries(ledger.figures)
  return result
}
