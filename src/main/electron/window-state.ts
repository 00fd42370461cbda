import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { JsonFile, type JsonFileKind, PRIVATE_DIR_MODE } from '../files'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

export interface SavedWindowState {
  bounds: WindowBounds
  maximized: boolean
}

export interface DisplayArea {
  x: number
  y: number
  width: number
  height: number
}

const DEFAULT_STATE: SavedWindowState = { bounds: { width: 1280, height: 860 }, maximized: false }

const StateSchema = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(20_000),
    height: z.number().int().min(300).max(20_000)
  }),
  maximized: z.boolean()
})

/** Only the window's memory of itself: a damaged file is ignored and the default size used. */
const WINDOW_STATE_FILE: JsonFileKind<z.infer<typeof StateSchema>> = { version: 1, schema: StateSchema, onDamage: 'discard', migrate: (raw) => raw }

/**
 * The saved size and position, unless the window would open on a display that is no longer
 * attached (a laptop undocked from its monitor): then the size is kept and the position dropped.
 */
export function restoreWindowState(saved: unknown, displays: readonly DisplayArea[]): SavedWindowState {
  const parsed = StateSchema.safeParse(saved)
  if (!parsed.success) return DEFAULT_STATE
  const { bounds, maximized } = parsed.data
  if (bounds.x === undefined || bounds.y === undefined) return { bounds: { width: bounds.width, height: bounds.height }, maximized }
  const { x, y } = bounds
  const visible = displays.some(
    (d) => x + 100 > d.x && y + 50 > d.y && x + 100 < d.x + d.width && y + 50 < d.y + d.height
  )
  return visible ? { bounds: { ...bounds }, maximized } : { bounds: { width: bounds.width, height: bounds.height }, maximized }
}

export async function readWindowState(path: string, displays: readonly DisplayArea[]): Promise<SavedWindowState> {
  const read = await new JsonFile(path, WINDOW_STATE_FILE).read().catch(() => null)
  return read?.state === 'ok' ? restoreWindowState(read.data, displays) : DEFAULT_STATE
}

export async function writeWindowState(path: string, state: SavedWindowState): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE })
  await new JsonFile(path, WINDOW_STATE_FILE).write(state)
}
