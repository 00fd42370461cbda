// Passwords are kept only as Argon2id hashes (PHC strings carrying their own salt and costs).
// Costs: OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane) — about 30 ms here, cheap for
// one login, expensive for a guesser with the dump. Raising them later needs no migration: each
// hash says its own costs, and verify reads them from it.
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2'

const ARGON2ID = 2 as Algorithm // Algorithm.Argon2id: a const enum, which isolatedModules cannot import

export const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

/** A hash of nothing anyone knows, verified against when the login does not exist, so an unknown
 * login takes as long to refuse as a wrong password (no telling accounts apart by timing). */
let decoy: Promise<string> | undefined

export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (stored === undefined) {
    decoy ??= hash('decoy password for unknown logins', ARGON2_OPTIONS)
    await verify(await decoy, password).catch(() => false)
    return false
  }
  return verify(stored, password).catch(() => false)
}
