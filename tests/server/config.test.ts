import { describe, expect, it } from 'vitest'
import { parseDuration, parseServeArgs } from '../../src/server/config'
import { redactUrl } from '../../src/server/data-dir'
import { languageOf } from '../../src/server/http/language'
import { failedWith } from '../../src/shared/result'

describe('server options', () => {
  it('reads options before environment variables before defaults', () => {
    const config = parseServeArgs(['--port', '9000', '--trust-proxy', '2'], { REDAKSI_PORT: '7000', REDAKSI_TOKEN_TTL: '12h', REDAKSI_DATA_DIR: '/srv/redaksi' })
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 9000,
      databaseUrl: undefined,
      dataDir: '/srv/redaksi',
      tls: undefined,
      trustProxy: 2,
      tokenTtlSeconds: 43_200,
      login: { window: 900, perAccount: 5, perAddress: 20 }
    })
  })

  it('refuses half a TLS pair, a non-postgres URL, a bad duration and an unknown option', () => {
    const refused = (args: string[]) => {
      try {
        parseServeArgs(args, {})
        return 'accepted'
      } catch (error) {
        return failedWith(error, 'server.bad-option') ? error.failure.params?.option : String(error)
      }
    }
    expect(refused(['--tls-cert', 'c.pem'])).toBe('--tls-key')
    expect(refused(['--database', 'mysql://x'])).toBe('--database')
    expect(refused(['--token-ttl', '3 days'])).toBe('--token-ttl')
    expect(refused(['--bogus'])).toBe('--bogus')
    expect(parseDuration('x', '90')).toBe(90)
    expect(parseDuration('x', '30d')).toBe(2_592_000)
  })

  it('picks id or en from Accept-Language by weight, Indonesian by default', () => {
    expect(languageOf(undefined)).toBe('id')
    expect(languageOf('fr-FR, de')).toBe('id')
    expect(languageOf('en-US,en;q=0.9')).toBe('en')
    expect(languageOf('en;q=0.4, id;q=0.8')).toBe('id')
    expect(languageOf('fr, en-GB;q=0.7')).toBe('en')
  })

  it('prints database URLs without their password', () => {
    expect(redactUrl('postgres://redaksi:s3cret%21@127.0.0.1:5432/redaksi')).toBe('postgres://redaksi:***@127.0.0.1:5432/redaksi')
  })
})
