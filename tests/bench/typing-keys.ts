// The typist of the typing benchmark: 200 keys of ordinary copy at a fast typist's rhythm, each
// timed by the in-page probe (typing-probe.ts) from the key to the frame that shows it.
import type { Page } from 'playwright-core'
import { seededRandom } from './corpus'
import { median, ms, percentile } from './stats'
import type { KeySample, ProbeScope } from './typing-probe'

export const KEYSTROKES = 200

// What the typist types: ordinary Indonesian copy, so the keys are letters and spaces as in a day's work.
export const PHRASE = 'pemerintah daerah menegaskan bahwa bantuan untuk warga terdampak banjir akan segera disalurkan pekan ini '

export interface TypingRun {
  samples: KeySample[]
  saves: { kind: string; at: number }[]
  saveRequests: { start: number; end: number }[]
  slowEvents: { name: string; duration: number; at: number }[]
  elapsedMs: number
}

/** Each key's latency as the benchmark counts it: from the moment Chromium took the key to the end of the frame that shows it. */
export const keyLatency = (k: KeySample): number => k.painted - k.queued

/** The same key as the probe measured it before 3 Dec 2026: to the first ordinary task after the frame (decision 0114). */
export const keySettled = (k: KeySample): number => k.settled - k.queued

/** The parts of a key's latency: waiting for the main thread, its own task up to the frame, the frame. */
export const KEY_PHASES = {
  queued: (k: KeySample): number => k.handled - k.queued,
  task: (k: KeySample): number => k.frame - k.handled,
  frame: (k: KeySample): number => k.painted - k.frame
}

/** The median of each of `phases` over the keys, as the tables print it ("a / b"). */
export const phaseMedians = (samples: KeySample[], phases: (keyof typeof KEY_PHASES)[]): string =>
  phases.map((phase) => ms(median(samples.map(KEY_PHASES[phase])))).join(' / ')

/** The keys' latency (keyLatency) at the median and p95. */
export function latencyMedianP95(samples: KeySample[]): { median: number; p95: number } {
  const total = samples.map(keyLatency)
  return { median: median(total), p95: percentile(total, 95) }
}

const sleep = (msDelay: number): Promise<void> => new Promise((r) => setTimeout(r, msDelay))

/**
 * 200 keys, each pressed only after the frame of the one before has been drawn, so keys never
 * queue behind each other. Between keys, a typist's rhythm: 60–140 ms (a fast typist), which
 * also puts each key at a random point of the frame cycle; pressing the next key as soon as a
 * frame is drawn would instead always land just after a frame and measure the frame interval.
 * After every 40 keys, a pause just past the 800 ms autosave delay, so the next keys land while
 * the 10,000-word body is read, sent and stored.
 */
export async function typeKeys(page: Page, seed: number): Promise<TypingRun> {
  const rand = seededRandom(seed)
  const before = await page.evaluate(() => {
    const p = (globalThis as unknown as ProbeScope).__typingProbe!
    p.keys = []
    p.saves = []
    p.saveRequests = []
    p.slowEvents = []
    return (globalThis as unknown as ProbeScope).performance.now()
  })
  const t = Date.now()
  for (let i = 0; i < KEYSTROKES; i++) {
    const ch = PHRASE[i % PHRASE.length]!
    await page.keyboard.press(ch === ' ' ? 'Space' : ch)
    await page.evaluate(
      (n) =>
        new Promise<void>((done) => {
          const p = (globalThis as unknown as ProbeScope).__typingProbe!
          if (p.keys.length >= n) done()
          else p.waiters.push(done)
        }),
      i + 1
    )
    if ((i + 1) % 40 === 0) await sleep(800 + Math.floor(rand() * 40))
    else await sleep(60 + Math.floor(rand() * 80))
  }
  const elapsedMs = Date.now() - t
  const run = await page.evaluate((since) => {
    const p = (globalThis as unknown as ProbeScope).__typingProbe!
    return { samples: p.keys, saves: p.saves, saveRequests: p.saveRequests, slowEvents: p.slowEvents.filter((e) => e.at >= since) }
  }, before)
  if (run.samples.length !== KEYSTROKES) throw new Error('a key got no frame sample')
  return { ...run, elapsedMs }
}

