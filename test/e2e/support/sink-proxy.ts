/**
 * The "nothing leaves" guard. Both browsers are told to use this as their HTTP and HTTPS proxy; loopback is
 * never proxied (Chromium bypasses it implicitly, Firefox with network.proxy.allow_hijacking_localhost=false),
 * so fixture-site traffic goes direct while every request for any other origin — from the page, the content
 * script, the reader frame, the service worker or the background page — lands here. The sink records it and
 * refuses it (502 / closed tunnel), so nothing is sent on, and tests assert the record is empty.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SinkRecord {
  method: string;
  /** Absolute URL for plain HTTP, or `host:port` for an HTTPS CONNECT tunnel. */
  target: string;
  at: number;
}

export interface Sink {
  port: number;
  log: SinkRecord[];
  close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const log: SinkRecord[] = [];
  const server = http.createServer((req, res) => {
    log.push({ method: req.method ?? '?', target: req.url ?? '', at: Date.now() });
    res.writeHead(502, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('blocked by the Clearpost e2e sink: no traffic may leave 127.0.0.1');
  });
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', target: req.url ?? '', at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
