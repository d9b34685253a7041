// What `dossier serve` and `dossier demo` share: the port check, the warning off loopback, and running
// until Ctrl-C or SIGTERM.
import { badInput } from '../model/index.ts';
import { isLoopback } from '../server/index.ts';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw badInput('port must be 0 to 65535', { field: 'port' });
  return port;
}

export function warnIfExposed(host: string): void {
  if (isLoopback(host)) return;
  process.stderr.write(
    `dossier: warning: listening on ${host}, reachable from other machines. Reads need no token; ` +
      'anyone who can reach this port can read the whole store.\n',
  );
}

/** Resolves once SIGINT or SIGTERM has stopped the server. */
export function untilSignal(server: { stop: () => Promise<void> }): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.stop().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
