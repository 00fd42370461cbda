// A password for the CLI: from stdin when it is piped (one line, the trailing newline dropped),
// or typed at a hidden prompt on a terminal, asked twice when it is a new one.
import { RedaksiFailure } from '../../shared/result'

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

function hiddenPrompt(question: string): Promise<string> {
  const { stdin, stderr } = process
  return new Promise((resolve, reject) => {
    let typed = ''
    // Echo off before the prompt shows: keys typed (or pasted) the moment it appears are not shown.
    stdin.setRawMode(true)
    stderr.write(question)
    stdin.resume()
    stdin.setEncoding('utf8')
    const done = (error?: Error) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      stderr.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') return done()
        if (ch === '\u0003') return done(new RedaksiFailure('server.no-password'))
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
        else if (ch >= ' ') typed += ch
      }
    }
    stdin.on('data', onData)
  })
}

export async function readPassword(prompts: { first: string; again?: string; mismatch: string }): Promise<string> {
  let password: string
  if (!process.stdin.isTTY) {
    password = (await readAll(process.stdin)).replace(/\r?\n$/, '')
  } else {
    password = await hiddenPrompt(prompts.first)
    if (prompts.again && (await hiddenPrompt(prompts.again)) !== password) {
      process.stderr.write(`${prompts.mismatch}\n`)
      throw new RedaksiFailure('server.no-password')
    }
  }
  if (!password) throw new RedaksiFailure('server.no-password')
  return password
}
