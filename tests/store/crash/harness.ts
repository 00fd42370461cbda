// Crash trials: a child saves continuously and is SIGKILLed at a random moment; then the store
// must open, every file must parse, and every article must hold either its last acknowledged save
// or the one that was in flight. Used by tests/store/crash.test.ts and `npm run bench:crash`.
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { openArticleStore } from '../../../src/main/store'
import { bundleChild } from './bundle-child'
import { crashDraft, tokenOf } from './crash-draft'

const WRITER = join(import.meta.dirname, 'crash-writer.ts')

export interface CrashResult {
  trials: number
  killsBeforeReady: number
  ackedSaves: number
  inFlightLanded: number
  corruptFiles: number
  quarantined: number
  lostAckedSaves: number
  mismatches: number
  durationMs: number
  problems: string[]
}

interface Inflight {
  op: 'create' | 'save'
  id: string | null
  token: string
}

/** Tells the parent's view of what was acknowledged: id → token of the last acked save. */
type Acked = Map<string, string>

async function runChild(writer: string, dir: string, trial: number, rand: () => number): Promise<{ lines: string[]; ready: boolean }> {
  const child = spawn(process.execPath, [writer, dir, String(trial)], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  let ready = false
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  const killEarly = rand() < 0.1
  let timer: NodeJS.Timeout | null = null
  if (killEarly) timer = setTimeout(() => child.kill('SIGKILL'), rand() * 400)
  child.stdout.on('data', (chunk: string) => {
    out += chunk
    if (!ready && out.includes('ready\n')) {
      ready = true
      if (!killEarly) timer = setTimeout(() => child.kill('SIGKILL'), 5 + rand() * 150)
    }
  })
  child.stderr.on('data', (chunk: string) => (err += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  if (timer) clearTimeout(timer)
  if (code !== null && err) throw new Error(`crash writer exited with ${code}: ${err}`)
  return { lines: out.split('\n').filter((l) => l !== ''), ready }
}

async function allFilesParse(dir: string, problems: string[]): Promise<number> {
  let corrupt = 0
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) {
        if (e.name !== 'backups' && e.name !== 'quarantine') await walk(p)
      } else if (e.name.endsWith('.json') || e.name.includes('.tmp-')) {
        try {
          JSON.parse(await readFile(p, 'utf8'))
        } catch {
          corrupt++
          problems.push(`does not parse: ${p}`)
        }
      }
    }
  }
  await walk(dir)
  return corrupt
}

export async function runCrashTrials(
  dir: string,
  trials: number,
  opts: { seed?: number; onTrial?: (i: number, r: CrashResult) => void } = {}
): Promise<CrashResult> {
  let seed = opts.seed ?? 12345
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const started = performance.now()
  const r: CrashResult = {
    trials: 0,
    killsBeforeReady: 0,
    ackedSaves: 0,
    inFlightLanded: 0,
    corruptFiles: 0,
    quarantined: 0,
    lostAckedSaves: 0,
    mismatches: 0,
    durationMs: 0,
    problems: []
  }
  const acked: Acked = new Map()
  // Bundled once: a child that starts in a quarter of the time leaves the trials to the kills.
  const writer = await bundleChild(WRITER)
  try {
    for (let t = 1; t <= trials; t++) {
      const { lines, ready } = await runChild(writer.path, dir, t, rand)
      if (!ready) r.killsBeforeReady++
      let inflight: Inflight | null = null
      for (const line of lines) {
        const [kind, op, id, a, b] = line.split(' ')
        if (kind === 'intent') inflight = { op: op as Inflight['op'], id: id === '-' ? null : (id ?? null), token: a ?? '' }
        if (kind === 'ack' && id && b) {
          acked.set(id, b)
          r.ackedSaves++
          inflight = null
        }
      }

      // Open as the app would after the crash, and check everything.
      const store = await openArticleStore(dir)
      r.quarantined += store.openReport.quarantined.length
      for (const q of store.openReport.quarantined) r.problems.push(`trial ${t}: quarantined ${q.file}: ${q.reason}`)
      r.corruptFiles += await allFilesParse(dir, r.problems)
      const { items } = await store.list({ status: ['draft', 'submitted', 'spiked'], limit: 500 })
      const seen = new Set<string>()
      for (const summary of items) {
        seen.add(summary.id)
        const article = await store.get(summary.id)
        const token = tokenOf(article.headline)
        const expectedAcked = acked.get(article.id)
        const ok = (tok: string | undefined | null): boolean => {
          if (!tok || tok !== token) return false
          const want = crashDraft(tok)
          return isDeepStrictEqual(want.body, article.body) && want.headline === article.headline
        }
        if (ok(expectedAcked)) continue
        const flying = inflight && inflight.token === token && (inflight.id === article.id || (inflight.op === 'create' && !expectedAcked))
        if (flying && ok(inflight?.token)) {
          acked.set(article.id, token as string)
          r.inFlightLanded++
          continue
        }
        if (expectedAcked && !ok(token)) {
          r.mismatches++
          r.problems.push(`trial ${t}: ${article.id} holds content that matches no save (headline ${article.headline})`)
        } else if (expectedAcked) {
          r.lostAckedSaves++
          r.problems.push(`trial ${t}: ${article.id} holds ${token}, acknowledged ${expectedAcked}`)
        } else {
          r.mismatches++
          r.problems.push(`trial ${t}: unexpected article ${article.id} (${token})`)
        }
      }
      for (const id of acked.keys()) {
        if (!seen.has(id)) {
          r.lostAckedSaves++
          r.problems.push(`trial ${t}: acknowledged article ${id} is missing`)
        }
      }
      await store.close()
      r.trials = t
      r.durationMs = performance.now() - started
      opts.onTrial?.(t, r)
    }
  } finally {
    await writer.remove()
  }
  return r
}
