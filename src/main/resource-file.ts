import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const cache = new Map<string, string>()

/**
 * A file from the project's resources/ folder. Walks up from this module because the same code
 * runs from src/main (tests), out/main (build, CLI) and the packaged app's asar, each at a
 * different depth below resources/.
 */
export function readResource(name: string): string {
  const hit = cache.get(name)
  if (hit !== undefined) return hit
  let dir = import.meta.dirname
  for (let i = 0; i < 6; i++) {
    try {
      const text = readFileSync(join(dir, 'resources', name), 'utf8')
      cache.set(name, text)
      return text
    } catch {
      dir = dirname(dir)
    }
  }
  throw new Error(`resources/${name} not found above ${import.meta.dirname}`)
}
