// Entry of `redaksi` (bin/redaksi.js runs the built out/main/cli.js): see cli/run-cli.ts.
import { promptSecret } from './cli/read-secret'
import { runCli } from './cli/run-cli'

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  ...(process.stdin.isTTY ? { promptSecret: (question: string) => promptSecret(question) } : {})
}).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`redaksi: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  }
)
