// A web-test-runner plugin that gives each test file its own real HTTP server on 127.0.0.1,
// scripted from the browser through server commands: the fetch client is tested against it.
import { createServer } from 'node:http';

const servers = new Map();

const unscripted = { status: 404, body: { error: { message: 'No response scripted.' } } };

function startServer() {
  const state = { requests: [], script: [], fallback: unscripted };
  const server = createServer((request, response) => {
    // Any page may call it, as a cross-origin API would allow.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    response.setHeader('Cache-Control', 'no-store');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
      response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '');
      response.setHeader('Access-Control-Max-Age', '600');
      response.end();
      return;
    }
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const url = new URL(request.url, 'http://127.0.0.1');
      let json;
      try {
        json = body === '' ? undefined : JSON.parse(body);
      } catch {
        json = body;
      }
      state.requests.push({
        method: request.method,
        path: url.pathname,
        query: [...url.searchParams],
        headers: request.headers,
        body: json,
      });
      const reply = state.script.shift() ?? state.fallback;
      setTimeout(() => {
        if (reply.hangUp) {
          request.socket.destroy();
          return;
        }
        response.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json', ...reply.headers });
        response.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
      }, reply.delayMs ?? 0);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, state, url: `http://127.0.0.1:${server.address().port}/api/` }));
  });
}

function stopServer(id) {
  const entry = servers.get(id);
  servers.delete(id);
  entry?.server.closeAllConnections();
  entry?.server.close();
}

export function testServerPlugin() {
  return {
    name: 'kindred-test-server',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'test-server-start': {
          stopServer(session.id);
          const entry = await startServer();
          servers.set(session.id, entry);
          return { url: entry.url };
        }
        case 'test-server-script': {
          const { state } = servers.get(session.id);
          state.requests = [];
          state.script = payload.replies;
          state.fallback = payload.fallback ?? unscripted;
          return true;
        }
        case 'test-server-requests':
          return servers.get(session.id).state.requests;
        case 'test-server-stop':
          stopServer(session.id);
          return true;
        default:
          return undefined;
      }
    },
    serverStop() {
      for (const id of [...servers.keys()]) stopServer(id);
    },
  };
}
