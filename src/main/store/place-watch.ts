// Which of articles/ and trash/ the next index may vouch for (decision 0101). The store stats a
// folder after each of its own changes there and checks before each write that nothing else
// changed it since; a folder something else changed while the store was open is never vouched
// for again in this session, so the next open lists it and stat's its files.
import { dirIdentity, sameDir, waitBeforeVouching, type DirIdentity } from './dir-identity'
import type { IndexDirs } from './index-codec'
import type { Place, StoreLayout } from './layout'

const PLACES: readonly Place[] = ['articles', 'trash']
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function identityOrNull(dir: string): DirIdentity | null {
  try {
    return dirIdentity(dir)
  } catch {
    return null
  }
}

export class PlaceWatch {
  private readonly expected: Record<Place, DirIdentity | null>
  private readonly outsider = new Set<Place>()

  constructor(
    private readonly layout: StoreLayout,
    opened: Record<Place, DirIdentity>
  ) {
    this.expected = { ...opened }
  }

  /** The store itself just added, replaced or removed a file in `place`. */
  changed(place: Place): void {
    this.expected[place] = identityOrNull(this.layout.placeDir(place))
  }

  /** Before a write: a folder that no longer looks as the store left it was changed by someone else. */
  checkUntouched(): void {
    for (const place of PLACES) {
      if (!this.outsider.has(place) && !sameDir(this.expected[place], identityOrNull(this.layout.placeDir(place)))) this.outsider.add(place)
    }
  }

  /**
   * The identities an index written now may record. Run with no write of the store in flight (in
   * the queue, or at close). Waits out a clock tick that is still running (up to 30 ms) rather
   * than let the next open list 100,000 files.
   */
  async vouching(): Promise<IndexDirs> {
    this.checkUntouched()
    const out: IndexDirs = { articles: null, trash: null }
    for (const place of PLACES) {
      const now = this.expected[place]
      if (this.outsider.has(place) || now === null) continue
      const wait = waitBeforeVouching(now)
      if (wait === Infinity) continue
      if (wait > 0) {
        await sleep(wait + 1)
        // Changed while we waited, by nobody in this store: no longer ours to vouch for.
        if (!sameDir(now, identityOrNull(this.layout.placeDir(place)))) {
          this.outsider.add(place)
          continue
        }
      }
      out[place] = now
    }
    return out
  }
}
