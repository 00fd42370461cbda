import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/**
 * At most `max` open sockets. A socket that arrives when all are taken pushes out the oldest one
 * with no request in progress (a flood of idle connections cannot lock out the tab's next save);
 * when every socket is busy the newcomer is closed at once. Node's own `maxConnections` would
 * only refuse newcomers, so an idle flood would win (decision 0072).
 */
export function capConnections(server: Server, max: number): void {
  // Map order is arrival order: the first idle entry is the oldest.
  const sockets = new Map<Socket, { busy: number }>()

  server.on('connection', (socket: Socket) => {
    if (sockets.size >= max) {
      const idle = [...sockets].find(([, slot]) => slot.busy === 0)
      if (!idle) {
        socket.destroy()
        return
      }
      sockets.delete(idle[0])
      idle[0].destroy()
    }
    sockets.set(socket, { busy: 0 })
    socket.once('close', () => sockets.delete(socket))
  })

  server.on('request', (request, response) => {
    const slot = sockets.get(request.socket as Socket)
    if (!slot) return
    slot.busy++
    response.once('close', () => slot.busy--)
  })
}
