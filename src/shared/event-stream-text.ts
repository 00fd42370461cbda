// Server-sent events as text (the WHATWG event-stream format, the part Redaksi uses): messages
// are blocks ended by a blank line, with `event:` and `data:` lines; lines starting with `:` are
// comments (keep-alives). Pure, so the browser bridge and its tests share one reader.

/** Delivers every finished message in `buffer`; returns the unfinished tail to keep for the next chunk. */
export function readEvents(buffer: string, deliver: (event: string, data: string) => void): string {
  const blocks = buffer.split(/\r?\n\r?\n/)
  const rest = blocks.pop() ?? ''
  for (const block of blocks) {
    let event = 'message'
    const data: string[] = []
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim()
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
    }
    if (data.length > 0) deliver(event, data.join('\n'))
  }
  return rest
}
