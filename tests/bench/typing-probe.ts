// The typing benchmark's probe: what runs inside the page to time each key to its next frame.
import type { RedaksiApi } from '../../src/shared/ipc'

// ---- In-page probe -------------------------------------------------------------------------
// The callbacks below run in the page, but this file is checked without the DOM library: these
// are the few DOM members they touch, reached through `globalThis`.
export interface ProbeElement {
  getAttribute(name: string): string | null
  querySelector(selector: string): ProbeElement | null
  querySelectorAll(selector: string): { length: number }
  lastElementChild: ProbeElement | null
  tagName: string
  textContent: string | null
}
export interface ProbeEvent {
  type: string
  timeStamp: number
  key?: string
}
export interface KeySample {
  key: string
  /** Event.timeStamp: when the browser queued the keydown; includes time waiting for a busy main thread. */
  queued: number
  /** performance.now() in the first (capturing) keydown listener. */
  handled: number
  /** The next animation frame's rAF callback (before its style, layout and paint). */
  frame: number
  /**
   * A user-blocking task posted from that rAF callback: the first task after the frame's
   * main-thread work (style, layout, paint, commit), ahead of any ordinary task queued meanwhile.
   */
  painted: number
  /**
   * An ordinary task (setTimeout 0) posted from the same callback, as the probe measured the key
   * before 3 Dec 2026: it also waits for any ordinary task queued ahead of it (a save's answer,
   * a timer), which runs after the frame and does not hold it back (decision 0114).
   */
  settled: number
}
export interface OpenMark {
  start: number
  editable: number
  blocks: number
  /** The end of the frame that shows the editor usable: a user-blocking task posted from its rAF, as for a key (KeySample.painted). */
  painted: number
  /** An ordinary task (setTimeout 0) posted from the same rAF: the open's end as measured before 3 Dec 2026 (decision 0116). */
  settled: number
}

/**
 * What the probe logs (console.debug) when an open's marks are all taken. The driver waits for
 * that message rather than polling the page with page.waitForFunction, whose first use in a new
 * document compiles Playwright's injected script on the page's main thread (11–37 ms in the
 * traces of 3 Dec 2026), in the middle of the open it measures (decision 0116).
 */
export const OPENED_SIGNAL = 'redaksi-probe:opened'
export interface ProbeState {
  tail: string
  blockCount: number
  open: OpenMark | null
  keys: KeySample[]
  saves: { kind: string; at: number }[]
  /** The autosave's requests (resource timing of `/api/articles.save`): from the call to the answer. */
  saveRequests: { start: number; end: number }[]
  slowEvents: { name: string; duration: number; at: number }[]
  armOpen(start: number): void
  /** Resolvers waiting for the next key's frame (so the driver never presses ahead of the page). */
  waiters: (() => void)[]
}
export interface ProbeScope {
  document: ProbeElement
  performance: { now(): number }
  requestAnimationFrame(callback: () => void): number
  setTimeout(callback: () => void, delay: number): unknown
  scheduler: { postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void> }
  addEventListener(type: string, listener: (event: ProbeEvent) => void, options: { capture: boolean; once?: boolean }): void
  location: { hash: string }
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void }
  console: { debug(message: string): void }
  PerformanceObserver: new (callback: (list: { getEntries(): { name: string; duration: number; startTime: number }[] }) => void) => {
    observe(options: object): void
  }
  redaksi: RedaksiApi
  __name?: (f: unknown) => unknown
  __typingProbe?: ProbeState
}

/**
 * Installed before any app script on every page load. It watches the DOM from the first byte and
 * notes when the body editor becomes usable, and it timestamps every keydown and the frame after.
 */
export function installProbe(config: { tail: string; blockCount: number }): void {
  const g = globalThis as unknown as ProbeScope
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); the serialised
  // callbacks reach a page that has no such helper.
  g.__name = (f: unknown) => f
  const probe: ProbeState = {
    tail: config.tail,
    blockCount: config.blockCount,
    open: null,
    keys: [],
    saves: [],
    saveRequests: [],
    slowEvents: [],
    waiters: [],
    armOpen: (start: number) => {
      const mark: OpenMark = { start, editable: 0, blocks: 0, painted: 0, settled: 0 }
      probe.open = mark
      // A MutationObserver rather than rAF polling: it fires in the same task as the DOM change,
      // so the mark is not rounded up to a frame.
      const check = (): boolean => {
        const editor = g.document.querySelector('.body-editor .ProseMirror')
        if (!editor || editor.getAttribute('contenteditable') !== 'true') return false
        const last = editor.lastElementChild
        if (!mark.editable && last?.tagName === 'P' && (last.textContent ?? '').endsWith(probe.tail)) mark.editable = g.performance.now()
        if (mark.editable && !mark.blocks && editor.querySelectorAll('.baca-juga-block__title').length >= probe.blockCount) mark.blocks = g.performance.now()
        return mark.blocks > 0
      }
      const observer = new g.MutationObserver(() => {
        if (!check()) return
        observer.disconnect()
        // The user sees the editor at the next frame: rAF runs just before it is drawn, and a
        // task queued from there runs after the frame's main-thread work is done (decision 0114).
        // The signal is given from inside the page: the constant cannot be closed over here.
        const done = (): void => {
          if (mark.painted && mark.settled) g.console.debug('redaksi-probe:opened')
        }
        g.requestAnimationFrame(() => {
          void g.scheduler.postTask(
            () => {
              mark.painted = g.performance.now()
              done()
            },
            { priority: 'user-blocking' }
          )
          g.setTimeout(() => {
            mark.settled = g.performance.now()
            done()
          }, 0)
        })
      })
      observer.observe(g.document, { childList: true, subtree: true, attributes: true, characterData: true })
    }
  }
  g.__typingProbe = probe
  // A page load of the article is measured from navigation start (performance.now() = 0).
  if (g.location.hash.startsWith('#/artikel/')) probe.armOpen(0)

  g.addEventListener(
    'keydown',
    (event) => {
      const handled = g.performance.now()
      const sample: KeySample = { key: event.key ?? '', queued: event.timeStamp, handled, frame: 0, painted: 0, settled: 0 }
      g.requestAnimationFrame(() => {
        sample.frame = g.performance.now()
        void g.scheduler.postTask(() => (sample.painted = g.performance.now()), { priority: 'user-blocking' })
        g.setTimeout(() => {
          sample.settled = g.performance.now()
          probe.keys.push(sample)
          for (const waiter of probe.waiters.splice(0)) waiter()
        }, 0)
      })
    },
    { capture: true }
  )

  // The save indicator's words, as they change: when autosave ran relative to the keys.
  const watchSaves = new g.MutationObserver(() => {
    const indicator = g.document.querySelector('[data-testid="save-indicator"]')
    if (!indicator) return
    const kind = indicator.textContent ?? ''
    if (probe.saves.at(-1)?.kind !== kind) probe.saves.push({ kind, at: g.performance.now() })
  })
  watchSaves.observe(g.document, { childList: true, subtree: true, characterData: true })

  // When each save was in flight, from the bridge's own requests: the indicator no longer says
  // "Menyimpan…" for a quick save (decision 0115).
  try {
    new g.PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name.includes('/api/articles.save')) probe.saveRequests.push({ start: e.startTime, end: e.startTime + e.duration })
    }).observe({ type: 'resource', buffered: true })
  } catch {
    // No Resource Timing: no key counts as typed during a save, and the row says so.
  }

  // Chrome's own Event Timing (what INP is built on) as a cross-check: events from input to the
  // next paint that took 16 ms or more (the smallest threshold the API allows).
  try {
    new g.PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.slowEvents.push({ name: e.name, duration: e.duration, at: e.startTime })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  } catch {
    // No Event Timing in this browser: the cross-check row then shows no entries.
  }
}
