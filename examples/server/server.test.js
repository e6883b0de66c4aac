// The docs' minimal server, answered by the shipped fetch client as a browser would talk to it.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { createFetchClient, KindredError } from '@kindred/core';
import { createKindredHandler } from './kindred-server.js';

let server;
let baseUrl;
before(async () => {
  const viewerOf = (request) => {
    const id = /^Bearer (\w+)$/.exec(request.headers.authorization ?? '')?.[1];
    return id ? { id, name: id[0].toUpperCase() + id.slice(1) } : null;
  };
  server = createServer(createKindredHandler({ viewerOf }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
});
after(() => server.close());

const as = (id) => createFetchClient({ baseUrl, retries: 0, headers: id ? { Authorization: `Bearer ${id}` } : {} });
const rejection = async (promise) => {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof KindredError);
    return error;
  }
  assert.fail('expected the call to fail');
};

test('reactions: counted once per person and per key, with the viewer’s own marked', async () => {
  await as('ana').setReaction('post-1', 'thanks', true, { idempotencyKey: 'k1' });
  await as('ana').setReaction('post-1', 'thanks', true, { idempotencyKey: 'k1' });
  const ben = await as('ben').setReaction('post-1', 'thanks', true, { idempotencyKey: 'k2' });
  assert.deepEqual(ben, { counts: { thanks: 2 }, mine: ['thanks'] });
  const seen = await as('ana').getReactions(['post-1', 'post-2']);
  assert.deepEqual(seen['post-1'], { counts: { thanks: 2 }, mine: ['thanks'] });
  const page = await as('ana').listReactors('post-1', 'thanks');
  assert.equal(page.total, 2);
  assert.deepEqual(page.reactors.map((person) => person.name).sort(), ['Ana', 'Ben']);
  assert.equal((await rejection(as(null).setReaction('post-1', 'hug', true, { idempotencyKey: 'k3' }))).code, 'unauthorized');
});

test('reports: a receipt to follow up, and a clear answer to an incomplete one', async () => {
  const receipt = await as(null).submitReport({ subjectId: 'post-1', subjectType: 'post', reason: 'spam' }, { idempotencyKey: 'r1' });
  assert.equal(receipt.status, 'received');
  assert.deepEqual(await as(null).getReportStatus(receipt.id), receipt);
  const incomplete = await rejection(as('ana').submitReport({ subjectId: 'post-1', subjectType: 'post', reason: 'other' }, { idempotencyKey: 'r2' }));
  assert.equal(incomplete.code, 'invalid_input');
  assert.ok(incomplete.fields?.details);
});

test('check-ins: shared, edited by their author, and answered with support', async () => {
  const checkIn = await as('ana').submitCheckIn({ mood: 2, note: 'Rough week', audience: 'circle' }, { idempotencyKey: 'c1' });
  assert.deepEqual(checkIn.author, { id: 'ana', name: 'Ana' });
  const edited = await as('ana').updateCheckIn(checkIn.id, { mood: 3, audience: 'circle' }, { idempotencyKey: 'c2' });
  assert.equal(edited.mood, 3);
  assert.equal((await rejection(as('ben').updateCheckIn(checkIn.id, { mood: 5, audience: 'circle' }, { idempotencyKey: 'c3' }))).code, 'not_found');
  const reply = await as('ben').sendSupport(checkIn.id, { kind: 'thinking-of-you' }, { idempotencyKey: 'c4' });
  assert.equal(reply.author.name, 'Ben');
  await as('ana').block('ben', { idempotencyKey: 'b1' });
});
