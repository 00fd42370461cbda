// `redaksi-server account add|disable|enable|reset-password|list`: runs on the server's machine
// against the same database as the server (--database, or the data folder, reusing the cluster a
// running server has started). Applies migrations first, so the first admin can be made before
// the server has ever run: `redaksi-server account add admin --name "Admin" --role admin`.
import { parseArgs } from 'node:util'
import type { Language } from '../../shared/i18n/failures'
import { inLanguage, isFailure, RedaksiFailure } from '../../shared/result'
import { AccountRoleSchema, DisplayNameSchema, LoginSchema, NewAccountSchema, PASSWORD_MIN, PasswordSchema, type Account } from '../../shared/server/accounts'
import { addAccount, listAccounts, resetPassword, updateAccount } from '../accounts/accounts'
import { resolveDatabase } from '../config'
import { openDatabase } from '../db/database'
import { migrate } from '../db/migrate'
import { readPassword } from './read-password'

const USAGE = `usage: redaksi-server account add LOGIN --name "Display Name" --role penulis|editor|redaktur-pelaksana|admin
       redaksi-server account disable|enable|reset-password LOGIN
       redaksi-server account list [--json]
  options: --database postgres://…  or  --data DIR (default: the server's data folder)
  the password is read from stdin when piped, else asked for without echo`

const WORDS = {
  id: { password: 'Kata sandi: ', again: 'Ulangi kata sandi: ', mismatch: 'Kedua kata sandi tidak sama.', added: 'Akun ditambahkan', disabled: 'Akun dinonaktifkan', enabled: 'Akun diaktifkan', reset: 'Kata sandi diganti; semua perangkat akun ini harus masuk lagi' },
  en: { password: 'Password: ', again: 'Password again: ', mismatch: 'The two passwords differ.', added: 'Account added', disabled: 'Account disabled', enabled: 'Account enabled', reset: 'Password replaced; every device of this account must sign in again' }
} as const

function line(a: Account): string {
  return [a.login.padEnd(20), a.role.padEnd(20), (a.disabled ? 'disabled' : 'active').padEnd(9), a.displayName].join(' ')
}

function parseLogin(value: string | undefined): string {
  const parsed = LoginSchema.safeParse(value ?? '')
  if (!parsed.success) throw new RedaksiFailure('server.bad-option', { option: 'LOGIN', why: value ?? '-' })
  return parsed.data
}

async function newPassword(words: (typeof WORDS)[Language]): Promise<string> {
  const password = await readPassword({ first: words.password, again: words.again, mismatch: words.mismatch })
  if (!PasswordSchema.safeParse(password).success) throw new RedaksiFailure('account.weak-password', { min: PASSWORD_MIN })
  return password
}

export async function accountCommand(args: string[], language: Language): Promise<number> {
  const words = WORDS[language]
  const [action, ...rest] = args
  let parsed
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string' }, role: { type: 'string' }, database: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' } } })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (!action || !['add', 'disable', 'enable', 'reset-password', 'list'].includes(action)) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const { databaseUrl, dataDir } = resolveDatabase(values)
  const db = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir }, { log: () => undefined, poolSize: 2 })
  try {
    await migrate(db.url, { info: () => undefined })
    const now = new Date()
    if (action === 'list') {
      const accounts = await listAccounts(db.pool)
      process.stdout.write(values.json ? `${JSON.stringify(accounts)}\n` : accounts.map(line).join('\n') + (accounts.length ? '\n' : ''))
      return 0
    }
    const login = parseLogin(positionals[0])
    let account: Account
    if (action === 'add') {
      const role = AccountRoleSchema.safeParse(values.role)
      if (!role.success) throw new RedaksiFailure('server.bad-option', { option: '--role', why: values.role ?? '-' })
      const name = DisplayNameSchema.safeParse(values.name ?? '')
      if (!name.success) throw new RedaksiFailure('server.bad-option', { option: '--name', why: values.name ?? '-' })
      const input = NewAccountSchema.parse({ login, displayName: name.data, role: role.data, password: await newPassword(words) })
      account = await addAccount(db.pool, input, now)
      process.stdout.write(`${words.added}: ${line(account)}\n`)
    } else if (action === 'reset-password') {
      account = await resetPassword(db.pool, login, await newPassword(words), now)
      process.stdout.write(`${words.reset}: ${account.login}\n`)
    } else {
      account = await updateAccount(db.pool, login, { disabled: action === 'disable' }, now)
      process.stdout.write(`${action === 'disable' ? words.disabled : words.enabled}: ${line(account)}\n`)
    }
    return 0
  } catch (error) {
    if (!isFailure(error)) throw error
    process.stderr.write(`redaksi-server: ${inLanguage(error.failure, language).message}\n`)
    return 1
  } finally {
    await db.close()
  }
}
