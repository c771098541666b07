// Several HTTP servers on distinct loopback addresses (127.0.0.1, 127.0.0.2, …: Linux routes the
// whole 127/8 to the loopback device), so tests and benchmarks can stand in for many hosts
// without touching the network.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackFarm {
  /** `http://127.0.0.N:port` for each server, in order. */
  origins: string[];
  /** Requests received, per origin. */
  requests: Map<string, number>;
  /** The most requests that were open at once on one origin. */
  maxInFlight: Map<string, number>;
  close(): Promise<void>;
}

export type FarmHandler = (req: IncomingMessage, res: ServerResponse, origin: string) => void | Promise<void>;

/** Starts one server per address (e.g. ['127.0.0.1', '127.0.1.7']) with the same handler. */
export async function startLoopbackFarm(addresses: string[], handler: FarmHandler): Promise<LoopbackFarm> {
  const servers: Server[] = [];
  const origins: string[] = [];
  const requests = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  for (const address of addresses) {
    if (!address.startsWith('127.')) throw new Error(`${address} is not a loopback address`);
    let origin = '';
    let open = 0;
    const server = createServer((req, res) => {
      requests.set(origin, (requests.get(origin) ?? 0) + 1);
      open++;
      maxInFlight.set(origin, Math.max(maxInFlight.get(origin) ?? 0, open));
      res.on('close', () => open--);
      Promise.resolve(handler(req, res, origin)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
    });
    // Keep-alive sockets must not hold close() up.
    server.keepAliveTimeout = 2000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    origin = `http://${address}:${(server.address() as AddressInfo).port}`;
    servers.push(server);
    origins.push(origin);
  }
  return {
    origins,
    requests,
    maxInFlight,
    close: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
