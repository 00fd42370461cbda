// How long work that waits for an idle moment may wait, at most, once the frame is drawn.
const IDLE_TIMEOUT_MS = 500

let waiting: (() => void)[] | null = null

/**
 * Runs `work` once the next frame is drawn and the page is idle: what a block shows besides its
 * text (a target's state) must not hold up the frame that makes a long body editable. All callers
 * of one frame share a single wait. Returns a cancel.
 */
export function afterFirstFrame(work: () => void): () => void {
  let cancelled = false
  const run = (): void => {
    if (!cancelled) work()
  }
  if (!waiting) {
    const queue: (() => void)[] = []
    waiting = queue
    requestAnimationFrame(() =>
      setTimeout(() => {
        waiting = null
        requestIdleCallback(() => queue.forEach((next) => next()), { timeout: IDLE_TIMEOUT_MS })
      }, 0)
    )
  }
  waiting.push(run)
  return () => {
    cancelled = true
  }
}
