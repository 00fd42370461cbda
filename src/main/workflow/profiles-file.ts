// Local profiles and which one is at the keyboard: one small JSON file beside settings.json. There
// is no password on purpose (issue 5); the profile exists so every action records who took it.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { RoleSchema, sameName, type Profile, type Role } from '../../shared/workflow'
import { JsonFile, WriteQueue, type JsonFileKind, PRIVATE_DIR_MODE } from '../files'
import { RedaksiFailure } from '../../shared/result'

const ProfileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(100),
  initials: z.string().min(1).max(4),
  role: RoleSchema
})

const ProfilesFileSchema = z.object({
  profiles: z.array(ProfileSchema),
  currentId: z.string().nullable()
})
type ProfilesData = z.infer<typeof ProfilesFileSchema>

/** A damaged file is kept aside as `profiles.json.damaged-<time>` for someone to look at; the app starts without profiles. */
const PROFILES_FILE: JsonFileKind<ProfilesData> = { version: 1, schema: ProfilesFileSchema, onDamage: 'reset', indent: 2 }

export interface ProfileInput {
  id?: string | undefined
  name: string
  initials: string
  role: Role
}

export class ProfilesFile {
  private data: ProfilesData = { profiles: [], currentId: null }
  private readonly queue = new WriteQueue()

  private constructor(private readonly file: JsonFile<ProfilesData>) {}

  static async open(path: string): Promise<ProfilesFile> {
    const file = new ProfilesFile(new JsonFile(path, PROFILES_FILE))
    const read = await file.file.read()
    if (read.state === 'ok') file.data = read.data
    if (file.data.currentId !== null && !file.data.profiles.some((p) => p.id === file.data.currentId)) file.data.currentId = null
    return file
  }

  list(): { profiles: Profile[]; currentId: string | null } {
    return { profiles: this.data.profiles.map((p) => ({ ...p })), currentId: this.data.currentId }
  }

  current(): Profile | null {
    const found = this.data.profiles.find((p) => p.id === this.data.currentId)
    return found ? { ...found } : null
  }

  /** Creates (without id) or updates (with one). Names must be unique: four eyes compares them. */
  save(input: ProfileInput): Promise<Profile> {
    return this.queue.run(async () => {
      const existing = input.id === undefined ? undefined : this.data.profiles.find((p) => p.id === input.id)
      if (input.id !== undefined && !existing) throw new RedaksiFailure('profile.not-found', { id: input.id })
      const clash = this.data.profiles.find((p) => p.id !== input.id && sameName(p.name, input.name))
      if (clash) throw new RedaksiFailure('profile.name-taken', { name: clash.name })
      const profile: Profile = { id: existing?.id ?? randomUUID(), name: input.name, initials: input.initials, role: input.role }
      const profiles = existing ? this.data.profiles.map((p) => (p.id === profile.id ? profile : p)) : [...this.data.profiles, profile]
      await this.write({ ...this.data, profiles })
      return { ...profile }
    })
  }

  switchTo(id: string): Promise<Profile> {
    return this.queue.run(async () => {
      const profile = this.data.profiles.find((p) => p.id === id)
      if (!profile) throw new RedaksiFailure('profile.not-found', { id })
      await this.write({ ...this.data, currentId: id })
      return { ...profile }
    })
  }

  /** Memory changes only after the file is durably written, so a failed write changes nothing. */
  private async write(next: ProfilesData): Promise<void> {
    await mkdir(dirname(this.file.path), { recursive: true, mode: PRIVATE_DIR_MODE })
    await this.file.write(next)
    this.data = next
  }
}
