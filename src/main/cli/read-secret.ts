// A password typed at the terminal, not shown: the terminal's echo is off (raw mode) while it is
// typed, and only the prompt and a newline are written. Piped stdin is read by the caller instead.
import { RedaksiFailure } from '../../shared/result'

export function promptSecret(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = ''
    // Echo off before the prompt shows: keys typed (or pasted) the moment it appears are not shown.
    input.setRawMode(true)
    output.write(question)
    input.resume()
    input.setEncoding('utf8')
    const finish = (failure?: RedaksiFailure): void => {
      input.setRawMode(false)
      input.pause()
      input.off('data', onData)
      output.write('\n')
      if (failure) reject(failure)
      else resolve(typed)
    }
    const onData = (keys: string): void => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') return finish()
        // Ctrl+C and Ctrl+D give up: nothing was typed that should be sent.
        if (key === '\u0003' || key === '\u0004') return finish(new RedaksiFailure('cli.no-password'))
        if (key === '\u007f' || key === '\b') typed = typed.slice(0, -1)
        else if (key >= ' ') typed += key
      }
    }
    input.on('data', onData)
  })
}
