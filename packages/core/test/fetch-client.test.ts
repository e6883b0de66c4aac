import { expect } from '@open-wc/testing';
import { createFetchClient, KindredError, type FetchClientOptions, type ReportInput } from '@kindred/core';
import { startTestServer, type TestServer } from '@kindred/test-utils';

const summary = { counts: { thanks: 3 }, mine: ['thanks'] };
const receipt = { id: 'KR-7F3K9Q', status: 'received', createdAt: '2026-11-25T10:00:00.000Z' };
const checkIn = {
  id: 'ci-1',
  author: { id: 'ana', name: 'Ana' },
  mood: 2,
  audience: 'self',
  note: 'Rough week',
  createdAt: '2026-11-25T10:00:00.000Z',
};
const report: ReportInput = { subjectId: 'comment-9', subjectType: 'comment', reason: 'spam' };

async function failure(promise: Promise<unknown>): Promise<KindredError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(KindredError);
    return error as KindredError;
  }
  throw new Error('Expected the call to fail.');
}

describe('createFetchClient', () => {
  let server: TestServer;
  const client = (options: Partial<FetchClientOptions> = {}) =>
    createFetchClient({ baseUrl: server.url, retryDelayMs: 1, ...options });

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  describe('routes', () => {
    it('reads reactions for many subjects in one GET', async () => {
      await server.script([{ body: { p1: summary, 'a/b c': { counts: {}, mine: [] } } }]);
      const summaries = await client().getReactions(['p1', 'a/b c', 'p3']);
      expect(summaries).to.deep.equal({ p1: summary, 'a/b c': { counts: {}, mine: [] }, p3: { counts: {}, mine: [] } });
      const [request] = await server.requests();
      expect(request?.method).to.equal('GET');
      expect(request?.path).to.equal('/api/reactions');
      expect(request?.query).to.deep.equal([
        ['subject', 'p1'],
        ['subject', 'a/b c'],
        ['subject', 'p3'],
      ]);
      expect(request?.headers.accept).to.equal('application/json');
      expect(request?.headers['idempotency-key']).to.equal(undefined);
    });

    it('asks the server again rather than trusting a cached answer', async () => {
      const cacheable = { 'Cache-Control': 'max-age=600' };
      await server.script([
        { body: { p1: summary }, headers: cacheable },
        { body: { p1: { counts: { thanks: 4 }, mine: ['thanks'] } }, headers: cacheable },
      ]);
      await client().getReactions(['p1']);
      expect((await client().getReactions(['p1'])).p1?.counts.thanks).to.equal(4);
    });

    it('makes no request for no subjects', async () => {
      await server.script([]);
      expect(await client().getReactions([])).to.deep.equal({});
      expect(await server.requests()).to.deep.equal([]);
    });

    it('adds a reaction with PUT and removes it with DELETE, keyed and escaped', async () => {
      await server.script([{ body: summary }, { body: { counts: {}, mine: [] } }]);
      expect(await client().setReaction('post/42', 'thanks', true, { idempotencyKey: 'k1' })).to.deep.equal(summary);
      await client().setReaction('post/42', 'thanks', false, { idempotencyKey: 'k2' });
      const [put, del] = await server.requests();
      expect([put?.method, put?.path, put?.headers['idempotency-key']]).to.deep.equal([
        'PUT',
        '/api/subjects/post%2F42/reactions/thanks',
        'k1',
      ]);
      expect([del?.method, del?.path, del?.headers['idempotency-key']]).to.deep.equal([
        'DELETE',
        '/api/subjects/post%2F42/reactions/thanks',
        'k2',
      ]);
    });

    it('posts a report as JSON and returns the receipt', async () => {
      await server.script([{ status: 201, body: receipt }]);
      expect(await client().submitReport(report, { idempotencyKey: 'r1' })).to.deep.equal(receipt);
      const [request] = await server.requests();
      expect([request?.method, request?.path]).to.deep.equal(['POST', '/api/reports']);
      expect(request?.headers['content-type']).to.equal('application/json');
      expect(request?.headers['idempotency-key']).to.equal('r1');
      expect(request?.body).to.deep.equal(report);
    });

    it('posts a check-in as JSON and returns it', async () => {
      await server.script([{ status: 201, body: checkIn }]);
      const input = { mood: 2 as const, note: 'Rough week', audience: 'self' as const };
      expect(await client().submitCheckIn(input, { idempotencyKey: 'c1' })).to.deep.equal(checkIn);
      const [request] = await server.requests();
      expect([request?.method, request?.path, request?.body]).to.deep.equal(['POST', '/api/check-ins', input]);
    });

    it('lists who reacted, a page at a time', async () => {
      const page = { reactors: [{ id: 'ben', name: 'Ben' }, { name: 'no id' }], total: 12, nextCursor: 'c2' };
      await server.script([{ body: page }, { body: { reactors: [], total: 12 } }]);
      expect(await client().listReactors('post/42', 'hear-you', { limit: 10 })).to.deep.equal({
        reactors: [{ id: 'ben', name: 'Ben' }],
        total: 12,
        nextCursor: 'c2',
      });
      await client().listReactors('post/42', 'hear-you', { cursor: 'c2' });
      const [first, second] = await server.requests();
      expect([first?.method, first?.path, first?.query]).to.deep.equal([
        'GET',
        '/api/subjects/post%2F42/reactions/hear-you/reactors',
        [['limit', '10']],
      ]);
      expect(second?.query).to.deep.equal([['cursor', 'c2']]);
    });

    it('asks where a report has got to', async () => {
      await server.script([{ body: { ...receipt, status: 'in-review' } }]);
      expect(await client().getReportStatus('KR 7')).to.deep.equal({ ...receipt, status: 'in-review' });
      expect((await server.requests())[0]?.path).to.equal('/api/reports/KR%207');
    });

    it('blocks, mutes and hides with PUT, keyed, accepting an empty answer', async () => {
      await server.script([{ status: 204 }, { status: 204 }, { status: 200, body: {} }]);
      await client().block('u/7', { idempotencyKey: 'b' });
      await client().mute('u7', { idempotencyKey: 'm' });
      await client().hide('comment-9', { idempotencyKey: 'h' });
      const requests = await server.requests();
      expect(requests.map((r) => [r.method, r.path, r.headers['idempotency-key']])).to.deep.equal([
        ['PUT', '/api/blocks/u%2F7', 'b'],
        ['PUT', '/api/mutes/u7', 'm'],
        ['PUT', '/api/hidden/comment-9', 'h'],
      ]);
    });

    it('turns a reactor page without a total into invalid_response', async () => {
      await server.script([{ body: { reactors: [] } }]);
      expect((await failure(client().listReactors('p1', 'hug'))).code).to.equal('invalid_response');
    });

    it('edits a check-in with PUT and replies to one with POST', async () => {
      const reply = { id: 'sr-1', checkInId: 'ci-1', kind: 'want-to-talk', author: { id: 'ben', name: 'Ben' }, createdAt: checkIn.createdAt };
      await server.script([{ body: { ...checkIn, mood: 3 } }, { status: 201, body: reply }, { status: 201, body: { ...reply, kind: 'poke' } }]);
      expect((await client().updateCheckIn('ci-1', { mood: 3, audience: 'self' }, { idempotencyKey: 'e' })).mood).to.equal(3);
      expect(await client().sendSupport('ci-1', { kind: 'want-to-talk' }, { idempotencyKey: 's' })).to.deep.equal(reply);
      expect((await failure(client().sendSupport('ci-1', { kind: 'want-to-talk' }, { idempotencyKey: 't' }))).code).to.equal('invalid_response');
      const [put, post] = await server.requests();
      expect([put?.method, put?.path, put?.body, put?.headers['idempotency-key']]).to.deep.equal([
        'PUT',
        '/api/check-ins/ci-1',
        { mood: 3, audience: 'self' },
        'e',
      ]);
      expect([post?.method, post?.path, post?.body]).to.deep.equal(['POST', '/api/check-ins/ci-1/support', { kind: 'want-to-talk' }]);
    });

    it('sends static headers and fresh ones from getHeaders on every attempt', async () => {
      await server.script([{ status: 503 }, { body: summary }]);
      let token = 0;
      const withHeaders = client({ headers: { 'X-Site': 'forum' }, getHeaders: async () => ({ Authorization: `Bearer ${++token}` }) });
      await withHeaders.setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      const requests = await server.requests();
      expect(requests.map((r) => r.headers['x-site'])).to.deep.equal(['forum', 'forum']);
      expect(requests.map((r) => r.headers.authorization)).to.deep.equal(['Bearer 1', 'Bearer 2']);
    });

    it('accepts a base URL without a trailing slash', async () => {
      await server.script([{ body: summary }]);
      await client({ baseUrl: server.url.replace(/\/$/, '') }).setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      expect((await server.requests())[0]?.path).to.equal('/api/subjects/p1/reactions/thanks');
    });
  });

  describe('retries', () => {
    it('retries a 5xx, then succeeds with the same idempotency key', async () => {
      await server.script([{ status: 500 }, { status: 502 }, { status: 201, body: receipt }]);
      expect(await client().submitReport(report, { idempotencyKey: 'once' })).to.deep.equal(receipt);
      const requests = await server.requests();
      expect(requests).to.have.length(3);
      expect(requests.map((r) => r.headers['idempotency-key'])).to.deep.equal(['once', 'once', 'once']);
    });

    it('retries when the connection drops', async () => {
      await server.script([{ hangUp: true }, { body: summary }]);
      expect(await client().setReaction('p1', 'thanks', true, { idempotencyKey: 'k' })).to.deep.equal(summary);
      expect(await server.requests()).to.have.length(2);
    });

    it('gives up after the allowed retries with the last error', async () => {
      await server.script([], { status: 503, body: { error: { message: 'Down for maintenance' } } });
      const error = await failure(client({ retries: 2 }).getReactions(['p1']));
      expect(error.code).to.equal('server');
      expect(error.status).to.equal(503);
      expect(error.message).to.equal('Down for maintenance');
      expect(await server.requests()).to.have.length(3);
    });

    it('waits as long as Retry-After asks on 429', async () => {
      await server.script([{ status: 429, headers: { 'Retry-After': '1' } }, { body: summary }]);
      const started = performance.now();
      await client().setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      expect(performance.now() - started).to.be.at.least(950);
      expect(await server.requests()).to.have.length(2);
    });

    it('reports rate_limited with the wait when Retry-After is too long to wait for', async () => {
      await server.script([{ status: 429, headers: { 'Retry-After': '3600' } }]);
      const error = await failure(client().setReaction('p1', 'thanks', true, { idempotencyKey: 'k' }));
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfterMs).to.equal(3_600_000);
      expect(await server.requests()).to.have.length(1);
    });

    it('understands Retry-After as an HTTP date', async () => {
      const soon = new Date(Date.now() + 2000).toUTCString();
      await server.script([{ status: 429, headers: { 'Retry-After': soon } }, { body: summary }]);
      const started = performance.now();
      await client().setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      // HTTP dates have whole seconds, so the wait is between one and two seconds.
      expect(performance.now() - started).to.be.at.least(900);
    });

    it('backs off exponentially between attempts', async () => {
      await server.script([{ status: 500 }, { status: 500 }, { body: summary }]);
      const started = performance.now();
      await client({ retryDelayMs: 100 }).getReactions(['p1']);
      // Jittered between half and all of 100 ms, then of 200 ms.
      expect(performance.now() - started).to.be.within(150, 1000);
    });

    it('never retries a 4xx, and maps 422 field errors', async () => {
      await server.script([
        { status: 422, body: { error: { message: 'Check the details', fields: { details: 'Too short', bad: 3 } } } },
      ]);
      const error = await failure(client().submitReport(report, { idempotencyKey: 'r' }));
      expect(error.code).to.equal('invalid_input');
      expect(error.message).to.equal('Check the details');
      expect(error.fields).to.deep.equal({ details: 'Too short' });
      expect(await server.requests()).to.have.length(1);
    });

    it('never retries a 400, and maps statuses to codes', async () => {
      const statuses: [number, string][] = [
        [400, 'invalid_input'],
        [401, 'unauthorized'],
        [403, 'forbidden'],
        [404, 'not_found'],
        [409, 'invalid_input'],
        [410, 'not_found'],
      ];
      for (const [status, code] of statuses) {
        await server.script([{ status, raw: '<html>nope</html>' }]);
        const error = await failure(client().getReactions(['p1']));
        expect([error.code, error.status]).to.deep.equal([code, status]);
        expect(await server.requests()).to.have.length(1);
      }
    });
  });

  describe('timeouts', () => {
    it('abandons an attempt that takes longer than timeoutMs', async () => {
      await server.script([{ delayMs: 2000, body: summary }]);
      const started = performance.now();
      const error = await failure(client({ timeoutMs: 300, retries: 0 }).getReactions(['p1']));
      expect(error.code).to.equal('timeout');
      expect(performance.now() - started).to.be.below(1500);
    });

    it('retries after a timeout and succeeds', async () => {
      await server.script([{ delayMs: 2000, body: summary }, { body: summary }]);
      expect(await client({ timeoutMs: 300 }).setReaction('p1', 'thanks', true, { idempotencyKey: 'k' })).to.deep.equal(
        summary,
      );
      const requests = await server.requests();
      expect(requests.map((r) => r.headers['idempotency-key'])).to.deep.equal(['k', 'k']);
    });
  });

  describe('malformed responses', () => {
    const cases: [string, { raw?: string; body?: unknown }][] = [
      ['not JSON', { raw: '<html>Oops</html>' }],
      ['truncated JSON', { raw: '{"counts": {"thanks": 3' }],
      ['counts that are not numbers', { body: { counts: { thanks: '3' }, mine: [] } }],
      ['mine that is not a list', { body: { counts: {}, mine: 'thanks' } }],
      ['null', { body: null }],
    ];
    for (const [what, reply] of cases) {
      it(`turns ${what} into invalid_response`, async () => {
        await server.script([reply]);
        const error = await failure(client().setReaction('p1', 'thanks', true, { idempotencyKey: 'k' }));
        expect(error.code).to.equal('invalid_response');
        expect(await server.requests()).to.have.length(1);
      });
    }

    it('rejects a receipt without an id rather than claim the report was received', async () => {
      await server.script([{ status: 201, body: { status: 'received', createdAt: receipt.createdAt } }]);
      expect((await failure(client().submitReport(report, { idempotencyKey: 'r' }))).code).to.equal('invalid_response');
    });

    it('accepts a receipt whose status it does not know yet, as received', async () => {
      await server.script([{ status: 201, body: { ...receipt, status: 'escalated' } }]);
      expect(await client().submitReport(report, { idempotencyKey: 'r' })).to.deep.equal(receipt);
    });

    it('rejects a check-in with a mood outside 1 to 5', async () => {
      await server.script([{ status: 201, body: { ...checkIn, mood: 9 } }]);
      const input = { mood: 3 as const, audience: 'self' as const };
      expect((await failure(client().submitCheckIn(input, { idempotencyKey: 'c' }))).code).to.equal('invalid_response');
    });

    it('clamps negative, fractional and huge counts instead of showing them', async () => {
      await server.script([{ body: { p1: { counts: { thanks: -4, hug: 2.7, proud: 1e300 }, mine: ['hug', 'hug'] } } }]);
      expect((await client().getReactions(['p1'])).p1).to.deep.equal({
        counts: { thanks: 0, hug: 2, proud: Number.MAX_SAFE_INTEGER },
        mine: ['hug'],
      });
    });
  });

  it('reports an unreachable server as a network error', async () => {
    const unreachable = createFetchClient({ baseUrl: 'http://127.0.0.1:9/api/', retries: 1, retryDelayMs: 1 });
    expect((await failure(unreachable.getReactions(['p1']))).code).to.equal('network');
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const logged: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    await server.script([{ body: summary }]);
    await client({ fetch: logged }).getReactions(['p1']);
    expect(seen).to.deep.equal([`${server.url}reactions?subject=p1`]);
  });
});
