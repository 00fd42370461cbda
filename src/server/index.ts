// The newsroom server's composition root: `redaksi-server [serve] [options]` or
// `redaksi-server account …`. Imports only src/shared and src/server.
import { inLanguage, isFailure } from '../shared/result'
import { accountCommand } from './cli/account-command'
import { parseServeArgs } from './config'
import { serve } from './serve'

const language = (process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'id'

function die(error: unknown): never {
  if (isFailure(error)) process.stderr.write(`redaksi-server: ${inLanguage(error.failure, language).message}\n`)
  else process.stderr.write(`redaksi-server: ${(error as Error)?.stack ?? String(error)}\n`)
  process.exit(1)
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  if (command === 'account') {
    process.exitCode = await accountCommand(rest, language)
    return
  }
  const config = parseServeArgs(command === 'serve' ? rest : argv)
  const running = await serve(config)
  let signals = 0
  const shutdown = (signal: string) => {
    signals += 1
    if (signals > 1) process.exit(1) // a second Ctrl-C: stop waiting
    running.app.log.info({ signal }, 'shutting down')
    running.close().then(
      () => process.exit(0),
      (error) => die(error)
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main(process.argv.slice(2)).catch(die)
