// The server test harness: a real PostgreSQL, the real server process, its CLI, plain HTTP.
export { startPostgres, type StartPostgresOptions, type TestPostgres } from './postgres'
export { startServer, SERVER_BIN, type StartServerOptions, type TestServer } from './server'
export { runServerCli, type CliResult } from './cli'
export { http, type HttpAnswer, type HttpOptions } from './http'
