/**
 * A port nothing listens on now, for a server started next (the dev server's
 * benchmark and its tests). The operating system picks it: port 0, then closed.
 */
import { createServer } from 'node:net';

/**
 * A free TCP port on 127.0.0.1.
 * @returns the port's number
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
