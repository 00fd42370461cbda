// Server-sent events read from a fetch body: no EventSource in Node, and no package for a format
// this small. Only what the server sends is handled: `event:` and `data:` lines, a blank line ends
// an event, lines starting with `:` are keep-alive comments.

export interface ServerEvent {
  event: string
  data: string
}

/** Splits a byte stream into events; yields each complete one, ignores a cut-off last one. */
export async function* readEvents(stream: ReadableStream<Uint8Array>): AsyncGenerator<ServerEvent> {
  const decoder = new TextDecoder()
  const reader = stream.getReader()
  let buffer = ''
  let event = 'message'
  let data: string[] = []
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      let newline: number
      while ((newline = buffer.search(/\r\n|\n|\r/)) >= 0) {
        // A lone CR at the end may be the first half of a CRLF still on its way.
        if (newline === buffer.length - 1 && buffer[newline] === '\r') break
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1))
        if (line === '') {
          if (data.length > 0) yield { event, data: data.join('\n') }
          event = 'message'
          data = []
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':')
          const field = colon < 0 ? line : line.slice(0, colon)
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
          if (field === 'event') event = text
          else if (field === 'data') data.push(text)
        }
      }
    }
  } finally {
    reader.releaseLock()
  }
}
