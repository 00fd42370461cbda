// `redaksi-server` (serve): open the database (starting its own PostgreSQL when no --database is
// given), apply migrations, listen, then report ready; on SIGTERM/SIGINT stop taking requests,
// finish those in flight, close the pool and stop the PostgreSQL it started.
import type { FastifyInstance } from 'fastify'
import { authenticateWith } from './accounts/authenticate'
import { pruneLoginFailures } from './accounts/login-limit'
import type { ServerConfig } from './config'
import { openDatabase, type Database } from './db/database'
import { migrate } from './db/migrate'
import { buildApp } from './http/app'
import { ROUTE_AREAS } from './routes'

export interface Running {
  app: FastifyInstance
  db: Database
  url: string
  close(): Promise<void>
}

export async function serve(config: ServerConfig, now: () => Date = () => new Date()): Promise<Running> {
  const early = (message: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`)
  if (!config.databaseUrl) early(`data folder: ${config.dataDir}`)
  const db = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir }, { log: (line) => /FATAL|PANIC|ERROR|WARNING|ready to accept|started PostgreSQL|using the PostgreSQL|creating system user|pool still had/.test(line) && early(`postgres: ${line}`) })
  let ready = false
  let app: FastifyInstance
  try {
    // Migrations first: a route area's onReady hook (sync's LISTEN) may count on its tables.
    const applied = await migrate(db.url, { info: (m) => early(`migrate: ${m}`) })
    app = await buildApp(config, { pool: db.pool, config, now, isReady: () => ready }, ROUTE_AREAS, (a) => authenticateWith(a, db.pool, now))
    app.log.info({ database: db.where, applied }, applied.length ? 'migrations applied' : 'schema up to date')
  } catch (error) {
    await db.close()
    throw error
  }
  try {
    await app.listen({ host: config.host, port: config.port })
  } catch (error) {
    await app.close()
    await db.close()
    throw error
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `${config.tls ? 'https' : 'http'}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  const prune = setInterval(() => {
    pruneLoginFailures(db.pool, config.login.window, now()).catch((error: Error) => app.log.warn({ err: error }, 'pruning login failures failed'))
  }, 10 * 60_000)
  prune.unref()
  ready = true
  app.log.info({ url }, `redaksi-server ready at ${url}`)
  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      ready = false
      clearInterval(prune)
      await app.close()
      await db.close()
    })())
  return { app, db, url, close }
}
