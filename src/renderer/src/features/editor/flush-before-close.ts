/**
 * Every open article's "save now", so that closing the desktop window can wait for them: main
 * asks (the `window.closing` notice), we flush, and tell main whether everything was stored.
 */
type SaveNow = () => Promise<void>

const pending = new Set<SaveNow>()

export function registerPendingSave(saveNow: SaveNow): () => void {
  pending.add(saveNow)
  return () => pending.delete(saveNow)
}

export async function flushPendingSaves(): Promise<boolean> {
  const results = await Promise.allSettled([...pending].map((saveNow) => saveNow()))
  return results.every((r) => r.status === 'fulfilled')
}

/** Answers main's close request once; called from the app's root. */
export function listenForWindowClose(): () => void {
  return window.redaksi.on('window.closing', () => {
    void flushPendingSaves().then((saved) => window.redaksi.app.closeReady({ saved }))
  })
}
