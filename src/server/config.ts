// The server's settings, from its options with environment variables as fallbacks (for
// containers and for tests, which inject a short token life). One table: option, variable, default.
import { parseArgs } from 'node:util'
import { RedaksiFailure } from '../shared/result'
import { defaultDataDir } from './data-dir'

export interface ServerConfig {
  host: string
  port: number
  /** An existing cluster; when absent the server runs its own in `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  tls: { cert: string; key: string } | undefined
  /** fastify's trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies. */
  trustProxy: boolean | number | string
  tokenTtlSeconds: number
  login: { window: number; perAccount: number; perAddress: number }
}

export const SERVE_OPTIONS = {
  host: { type: 'string', env: 'REDAKSI_HOST', default: '127.0.0.1' },
  port: { type: 'string', env: 'REDAKSI_PORT', default: '8470' },
  database: { type: 'string', env: 'REDAKSI_DATABASE_URL', default: undefined },
  data: { type: 'string', env: 'REDAKSI_DATA_DIR', default: undefined },
  'tls-cert': { type: 'string', env: 'REDAKSI_TLS_CERT', default: undefined },
  'tls-key': { type: 'string', env: 'REDAKSI_TLS_KEY', default: undefined },
  'trust-proxy': { type: 'string', env: 'REDAKSI_TRUST_PROXY', default: 'false' },
  'token-ttl': { type: 'string', env: 'REDAKSI_TOKEN_TTL', default: '30d' },
  'login-window': { type: 'string', env: 'REDAKSI_LOGIN_WINDOW', default: '15m' },
  'login-limit-account': { type: 'string', env: 'REDAKSI_LOGIN_LIMIT_ACCOUNT', default: '5' },
  'login-limit-address': { type: 'string', env: 'REDAKSI_LOGIN_LIMIT_ADDRESS', default: '20' }
} as const

type OptionName = keyof typeof SERVE_OPTIONS

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 }

/** "90", "90s", "15m", "12h", "30d" → seconds. */
export function parseDuration(option: string, value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value.trim())
  if (!match?.[1]) throw new RedaksiFailure('server.bad-option', { option: `--${option}`, why: value })
  const seconds = Number(match[1]) * (UNITS[match[2] || 's'] ?? 1)
  if (seconds < 1) throw new RedaksiFailure('server.bad-option', { option: `--${option}`, why: value })
  return seconds
}

function positiveInt(option: string, value: string, min = 1): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > 65_535 * 1000) throw new RedaksiFailure('server.bad-option', { option: `--${option}`, why: value })
  return n
}

function trustProxy(value: string): ServerConfig['trustProxy'] {
  if (value === 'false' || value === '') return false
  if (value === 'true') return true
  if (/^\d+$/.test(value)) return Number(value)
  return value
}

/** Options for the data folder and database, shared by `serve` and `account`. */
export function resolveDatabase(values: { database?: string | undefined; data?: string | undefined }, env = process.env) {
  const databaseUrl = values.database ?? env.REDAKSI_DATABASE_URL
  const dataDir = values.data ?? (env.REDAKSI_DATA_DIR || defaultDataDir(env))
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new RedaksiFailure('server.bad-option', { option: '--database', why: 'postgres://…' })
  return { databaseUrl, dataDir }
}

export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const options = Object.fromEntries(Object.entries(SERVE_OPTIONS).map(([name, o]) => [name, { type: o.type }]))
  let parsed: Record<string, string | undefined>
  try {
    parsed = parseArgs({ args, options: options as Record<OptionName, { type: 'string' }>, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new RedaksiFailure('server.bad-option', { option: args.join(' '), why: (error as Error).message }, { cause: error })
  }
  const value = (name: OptionName): string | undefined => parsed[name] ?? env[SERVE_OPTIONS[name].env] ?? SERVE_OPTIONS[name].default
  const cert = value('tls-cert')
  const key = value('tls-key')
  if ((cert === undefined) !== (key === undefined)) throw new RedaksiFailure('server.bad-option', { option: cert ? '--tls-key' : '--tls-cert', why: '--tls-cert + --tls-key' })
  return {
    host: value('host') ?? '127.0.0.1',
    port: positiveInt('port', value('port') ?? '', 0),
    ...resolveDatabase({ database: value('database'), data: value('data') }, env),
    tls: cert && key ? { cert, key } : undefined,
    trustProxy: trustProxy(value('trust-proxy') ?? 'false'),
    tokenTtlSeconds: parseDuration('token-ttl', value('token-ttl') ?? ''),
    login: {
      window: parseDuration('login-window', value('login-window') ?? ''),
      perAccount: positiveInt('login-limit-account', value('login-limit-account') ?? ''),
      perAddress: positiveInt('login-limit-address', value('login-limit-address') ?? '')
    }
  }
}
