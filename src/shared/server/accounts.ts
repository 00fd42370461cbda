// The newsroom server's accounts and sessions as both sides see them: the zod schemas the server
// validates its requests with and the app validates its forms with, and the shapes of the answers.
import { z } from 'zod'
import { ROLES } from '../workflow'

/** A person's role on the server: the desk's three, plus admin, who manages accounts. */
export const ACCOUNT_ROLES = [...ROLES, 'admin'] as const
export const AccountRoleSchema = z.enum(ACCOUNT_ROLES)
export type AccountRole = z.infer<typeof AccountRoleSchema>

/** Lower-case letters, digits, dot, dash, underscore; starts with a letter or digit. */
export const LoginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/)

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 1024
export const PasswordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX)
export const DisplayNameSchema = z.string().trim().min(1).max(120)
export const DeviceNameSchema = z.string().trim().min(1).max(120)

export const SessionRequestSchema = z.strictObject({
  login: LoginSchema,
  // Checked against the hash only; its length rule is the account's business, not the login's.
  password: z.string().min(1).max(PASSWORD_MAX),
  deviceName: DeviceNameSchema
})
export type SessionRequest = z.infer<typeof SessionRequestSchema>

export const NewAccountSchema = z.strictObject({
  login: LoginSchema,
  displayName: DisplayNameSchema,
  role: AccountRoleSchema,
  password: PasswordSchema
})
export type NewAccount = z.infer<typeof NewAccountSchema>

export const AccountPatchSchema = z.strictObject({
  displayName: DisplayNameSchema.optional(),
  role: AccountRoleSchema.optional(),
  disabled: z.boolean().optional()
})
export type AccountPatch = z.infer<typeof AccountPatchSchema>

export const DeviceIdParamsSchema = z.strictObject({ id: z.uuid() })
export const AccountLoginParamsSchema = z.strictObject({ login: LoginSchema })

export interface Account {
  id: string
  login: string
  displayName: string
  role: AccountRole
  disabled: boolean
  createdAt: string
  updatedAt: string
}

export interface Device {
  id: string
  name: string
  createdAt: string
  lastUsedAt: string | null
  expiresAt: string
  /** True for the token this request came with. */
  current: boolean
}

/** The answer to a login: the token is shown this once; the server keeps only its SHA-256. */
export interface Session {
  token: string
  device: Device
  account: Account
}

/** The header a client sends its token in. */
export const authorizationHeader = (token: string): string => `Bearer ${token}`
