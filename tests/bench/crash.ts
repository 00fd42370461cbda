// `npm run bench:crash`: at least 500 crash trials (SIGKILL mid-save), in parallel lanes that
// each own a store folder. Prints one table; exits non-zero if anything was corrupt or lost.
// Options: --trials N (default 500), --lanes N (default 2).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCrashTrials, type CrashResult } from '../store/crash/harness'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(v) && v > 0 ? v : fallback
}

const trials = arg('trials', 500)
const lanes = arg('lanes', 2)
const started = performance.now()
const dirs: string[] = []
const results = await Promise.all(
  [...Array(lanes)].map(async (_, lane) => {
    const dir = await mkdtemp(join(tmpdir(), `redaksi-crash-${lane}-`))
    dirs.push(dir)
    const share = Math.floor(trials / lanes) + (lane < trials % lanes ? 1 : 0)
    return runCrashTrials(dir, share, {
      seed: 1000 + lane,
      onTrial: (i, r) => {
        if (i % 50 === 0) console.error(`lane ${lane}: ${i}/${share} trials, ${r.ackedSaves} acked saves`)
      }
    })
  })
)
const sum = (k: keyof Omit<CrashResult, 'problems'>): number => results.reduce((s, r) => s + r[k], 0)
const total = {
  trials: sum('trials'),
  'kills before ready': sum('killsBeforeReady'),
  'acked saves': sum('ackedSaves'),
  'in-flight saves found on disk': sum('inFlightLanded'),
  'corrupt files': sum('corruptFiles'),
  quarantined: sum('quarantined'),
  'lost acknowledged saves': sum('lostAckedSaves'),
  mismatches: sum('mismatches'),
  'duration (s)': Number(((performance.now() - started) / 1000).toFixed(1))
}
console.log('\n| measure | value |\n|---|---|')
for (const [k, v] of Object.entries(total)) console.log(`| ${k} | ${v} |`)
const problems = results.flatMap((r) => r.problems)
for (const p of problems.slice(0, 20)) console.error(p)
for (const d of dirs) await rm(d, { recursive: true, force: true })
process.exitCode = problems.length === 0 ? 0 : 1
