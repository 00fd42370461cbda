// Child process of the operation crash trials: the real app (openRedaksi, its services and
// dispatch, as the desktop app wires them) unspikes, empties the trash, writes and resolves notes,
// saves and switches profiles and saves articles, in a seeded random loop, until it is SIGKILLed.
// Before each operation it prints `intent <json>`, after it resolves `ack <json>` (ops-ledger.ts).
// Usage: node --import tsx ops-writer.ts <dataDir> <mode> <trial> <seed>, then `go` on stdin.
import { once } from 'node:events'
import { join } from 'node:path'
import { STATUSES, type Article } from '../../../src/shared/article'
import type { Channel, RequestOf, ResponseOf } from '../../../src/shared/ipc'
import type { Note, Role } from '../../../src/shared/workflow'
import { openRedaksi } from '../../../src/main/redaksi'
import { SessionFile } from '../../../src/main/sync/session-file'
import { seededRandom } from '../../bench/corpus'
import { crashDraft } from './crash-draft'
import { OFFLINE_SESSION, type CrashMode, type Intent } from './ops-ledger'

const [dataDir, mode, trial, seed] = process.argv.slice(2) as [string, CrashMode, string, string]
if (!dataDir || !mode || !trial || !seed) throw new Error('usage: ops-writer <dataDir> <mode> <trial> <seed>')
await once(process.stdin, 'data')

if (mode === 'notes') {
  // Signed in to a server that is not there: every note goes through the sync write-ahead
  // (NoteStore.setIntent, the recorder's noteIntent) into the outbox, and nothing is ever sent.
  const session = await SessionFile.open(join(dataDir, 'sync', 'session.json'))
  if (!session.get()) await session.set(OFFLINE_SESSION)
}
const redaksi = await openRedaksi(
  { storeDir: join(dataDir, 'store'), settingsFile: join(dataDir, 'settings.json') },
  { name: 'Redaksi', version: '0.0.0-crash', transport: 'browser' },
  {},
  { background: false }
)
const say = (line: string): void => {
  // Pipes are synchronous on POSIX: once this returns the parent will read the line, kill or not.
  process.stdout.write(`${line}\n`)
}
say('ready')

const rand = seededRandom(Number(seed) * 1000 + Number(trial))
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)]
let n = 0
const token = (): string => `${trial}.${++n}`

async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await redaksi.dispatch(channel, request)
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`)
  return result.value as ResponseOf<C>
}

/** One operation, announced before and acknowledged after, both on the side channel. */
async function step<T>(intent: Intent, work: () => Promise<T>, ack: (value: T) => object): Promise<T> {
  say(`intent ${JSON.stringify(intent)}`)
  const value = await work()
  say(`ack ${JSON.stringify({ op: intent.op, ...ack(value) })}`)
  return value
}

const asAck = (a: Article) => ({ article: { id: a.id, rev: a.rev, revId: a.revId, status: a.status, headline: a.headline } })
const articles = async (): Promise<Article[]> => {
  const { items } = await redaksi.store.list({ status: [...STATUSES], limit: 500 })
  return Promise.all(items.map((s) => redaksi.store.get(s.id)))
}

async function create(): Promise<Article> {
  const draft = crashDraft(token())
  return step({ op: 'create', headline: draft.headline }, () => call('articles.create', { draft }), asAck)
}

async function save(a: Article): Promise<Article> {
  const draft = { ...crashDraft(token()), section: a.section }
  return step({ op: 'save', id: a.id, headline: draft.headline }, () => call('articles.save', { id: a.id, rev: a.rev, draft }), asAck)
}

async function spike(a: Article): Promise<Article> {
  return step({ op: 'spike', id: a.id }, () => call('articles.spike', { id: a.id, rev: a.rev }), asAck)
}

/** Both doors back out of the trash: the workflow's (the app's) and the store's own. */
async function unspike(a: Article): Promise<Article> {
  const work = rand() < 0.7 ? () => call('workflow.transition', { id: a.id, rev: a.rev, action: 'unspike' }) : () => redaksi.store.unspike(a.id, 'Redaktur Jaga')
  return step({ op: 'unspike', id: a.id }, work, asAck)
}

async function emptyTrash(): Promise<void> {
  const trash = await redaksi.store.listTrash()
  const inTrash = await Promise.all(trash.map(async (s) => ({ id: s.id, revisions: (await redaksi.store.listRevisions(s.id)).length })))
  await step({ op: 'empty', inTrash }, () => redaksi.store.emptyTrash(), (r) => r)
}

async function addNote(a: Article, notes: Note[]): Promise<void> {
  const parent = rand() < 0.3 ? pick(notes) : undefined
  const body = `Catatan ${token()}`
  const request = { articleId: a.id, body, ...(parent ? { parentId: parent.id } : {}) }
  await step({ op: 'note-add', articleId: a.id, body }, () => call('notes.add', request), (note) => ({ note }))
}

async function resolveNote(a: Article, note: Note): Promise<void> {
  const resolved = !note.resolved
  await step({ op: 'note-resolve', articleId: a.id, noteId: note.id, resolved }, () => call('notes.resolve', { articleId: a.id, noteId: note.id, resolved }), (next) => ({ note: next }))
}

async function noteOp(all: Article[]): Promise<void> {
  const a = pick(all.filter((x) => x.status !== 'spiked'))
  if (!a) return void (await create())
  const notes = await call('notes.list', { articleId: a.id })
  const open = pick(notes)
  if (open && rand() < 0.4) await resolveNote(a, open)
  else await addNote(a, notes)
}

const ROLES: readonly Role[] = ['penulis', 'editor', 'redaktur-pelaksana']

async function profileOp(editorsOnly: boolean): Promise<void> {
  const { profiles, currentId } = await call('profiles.list', {})
  const roll = rand()
  const role = editorsOnly ? (pick(ROLES.slice(1)) ?? 'editor') : (pick(ROLES) ?? 'penulis')
  const other = pick(profiles.filter((p) => p.id !== currentId))
  if (other && roll < 0.3) {
    await step({ op: 'profile-switch', id: other.id }, () => call('profiles.switch', { id: other.id }), (p) => ({ currentId: p.id }))
    return
  }
  const existing = roll < 0.65 ? pick(profiles) : undefined
  const t = token()
  const input = { ...(existing ? { id: existing.id } : {}), name: `Profil ${t}`, initials: `P${'ABCDEFGHIJ'[n % 10]}`, role }
  await step({ op: 'profile-save', input }, () => call('profiles.save', { profile: input }), (profile) => ({ profile }))
}

/** An editor at the keyboard: spiking and unspiking need one (the workflow's roles). */
async function ensureEditor(): Promise<void> {
  const { profiles, currentId } = await call('profiles.list', {})
  const current = profiles.find((p) => p.id === currentId)
  if (current && current.role !== 'penulis') return
  const editor = profiles.find((p) => p.role !== 'penulis')
  if (!editor) {
    const input = { name: `Redaktur ${token()}`, initials: 'RJ', role: 'editor' as const }
    await step({ op: 'profile-save', input }, () => call('profiles.save', { profile: input }), (profile) => ({ profile }))
    return
  }
  await step({ op: 'profile-switch', id: editor.id }, () => call('profiles.switch', { id: editor.id }), (p) => ({ currentId: p.id }))
}

async function trashOp(all: Article[], emptyShare: number): Promise<void> {
  const spiked = all.filter((a) => a.status === 'spiked')
  const live = all.filter((a) => a.status === 'draft')
  const roll = rand()
  if (live.length < 3 || roll < 0.15) {
    const made = await create()
    if (rand() < 0.6) await save(made)
  } else if (spiked.length && roll < 0.15 + emptyShare) await emptyTrash()
  else if (spiked.length && roll < 0.15 + emptyShare + (1 - emptyShare) / 2) await unspike(pick(spiked)!)
  else await spike(pick(live)!)
}

const MODES: Record<CrashMode, () => Promise<void>> = {
  unspike: async () => {
    await ensureEditor()
    const all = await articles()
    const draft = pick(all.filter((a) => a.status === 'draft'))
    if (all.length >= 4 && draft && rand() < 0.2) return void (await save(draft))
    await trashOp(all, 0)
  },
  'empty-trash': async () => {
    await ensureEditor()
    await trashOp(await articles(), 0.3)
  },
  notes: async () => {
    const all = await articles()
    if (all.length < 3) return void (await create())
    await noteOp(all)
  },
  profiles: () => profileOp(false),
  mixed: async () => {
    await ensureEditor()
    const all = await articles()
    const roll = rand()
    const drafts = all.filter((a) => a.status === 'draft')
    if (roll < 0.35 && drafts.length) await save(pick(drafts)!)
    else if (roll < 0.6) await trashOp(all, 0.15)
    else if (roll < 0.85) await noteOp(all)
    else await profileOp(true)
  }
}

for (;;) await MODES[mode]()
