// A minimal server for Kindred's REST contract, written for the docs: Node's http module, with the
// memory client as its store. A real server keeps the same routes over its own database and takes
// the viewer from its session; `viewerOf` stands in for that here.
import { createServer } from 'node:http';
import { createMemoryClient, KindredError } from '@kindred/core';

const statusOf = { invalid_input: 422, unauthorized: 401, forbidden: 403, not_found: 404, rate_limited: 429 };

/** `(method, path, query, body, options) → [status, json]` for each route, or undefined. */
function route(client, method, [first, id, second, reactionId, third], query, body, options) {
  const ids = () => query.getAll('subject').slice(0, 250);
  switch (`${method} ${first} ${second ?? ''} ${third ?? ''}`.trim()) {
    case 'GET reactions':
      return client.getReactions(ids()).then((summaries) => [200, summaries]);
    case 'PUT subjects reactions':
    case 'DELETE subjects reactions':
      return client.setReaction(id, reactionId, method === 'PUT', options).then((summary) => [200, summary]);
    case 'GET subjects reactions reactors': {
      const limit = Number(query.get('limit') ?? 10);
      return client.listReactors(id, reactionId, { limit, cursor: query.get('cursor') ?? undefined }).then((page) => [200, page]);
    }
    case 'POST reports':
      return client.submitReport(body, options).then((receipt) => [201, receipt]);
    case 'GET reports':
      return client.getReportStatus(id).then((receipt) => [200, receipt]);
    case 'PUT blocks':
      return client.block(id, options).then(() => [204]);
    case 'PUT mutes':
      return client.mute(id, options).then(() => [204]);
    case 'PUT hidden':
      return client.hide(id, options).then(() => [204]);
    case 'POST check-ins':
      return id ? undefined : client.submitCheckIn(body, options).then((checkIn) => [201, checkIn]);
    case 'PUT check-ins':
      return client.updateCheckIn(id, body, options).then((checkIn) => [200, checkIn]);
    case 'POST check-ins support':
      return client.sendSupport(id, body, options).then((reply) => [201, reply]);
    default:
      return undefined;
  }
}

/** A request handler for `http.createServer`, serving the routes under `/`. */
export function createKindredHandler({ viewerOf }) {
  const store = createMemoryClient({ viewer: null });
  return async (request, response) => {
    const send = (status, json) => {
      response.writeHead(status, json ? { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } : {});
      response.end(json ? JSON.stringify(json) : undefined);
    };
    try {
      const url = new URL(request.url, 'http://localhost');
      const path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const writing = request.method !== 'GET';
      const key = request.headers['idempotency-key'];
      if (writing && !key) throw new KindredError('invalid_input', 'Every write needs an Idempotency-Key header.');
      let body;
      if (request.method === 'POST' || (request.method === 'PUT' && path[0] === 'check-ins')) {
        let text = '';
        for await (const chunk of request) text += chunk;
        try {
          body = JSON.parse(text);
        } catch {
          throw new KindredError('invalid_input', 'The body is not JSON.');
        }
      }
      const answer = await route(store.as(viewerOf(request)), request.method, path, url.searchParams, body, { idempotencyKey: key });
      if (!answer) return send(404, { error: { message: 'No such route.' } });
      send(...answer);
    } catch (error) {
      if (!(error instanceof KindredError)) return send(500, { error: { message: 'Something went wrong.' } });
      send(statusOf[error.code] ?? 500, { error: { message: error.message, ...(error.fields && { fields: error.fields }) } });
    }
  };
}

// `node examples/server/kindred-server.js`: the routes on http://127.0.0.1:8787/, where the header
// `Authorization: Bearer <id>` signs in as the person <id>.
if (import.meta.url === `file://${process.argv[1]}`) {
  const viewerOf = (request) => {
    const id = /^Bearer (\w+)$/.exec(request.headers.authorization ?? '')?.[1];
    return id ? { id, name: id } : null;
  };
  createServer(createKindredHandler({ viewerOf })).listen(8787, '127.0.0.1', () => console.log('Kindred routes on http://127.0.0.1:8787/'));
}
