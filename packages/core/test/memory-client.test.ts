import { expect } from '@open-wc/testing';
import { createMemoryClient, KindredError, limits, type ReportInput } from '@kindred/core';
import { scopedStorage, uniqueKey } from '@kindred/test-utils';

const ana = { id: 'ana', name: 'Ana' };
const ben = { id: 'ben', name: 'Ben' };
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

describe('createMemoryClient', () => {
  describe('reactions', () => {
    it('starts from seeded counts and named reactors', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { thanks: 12, hug: [ana, ben] } } } });
      const summaries = await client.getReactions(['p1', 'p2']);
      expect(summaries).to.deep.equal({
        p1: { counts: { thanks: 12, hug: 2 }, mine: ['hug'] },
        p2: { counts: {}, mine: [] },
      });
    });

    it('counts one reaction per viewer and kind, and takes it back', async () => {
      const client = createMemoryClient({ viewer: ana });
      await client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k1' });
      const twice = await client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k2' });
      expect(twice).to.deep.equal({ counts: { thanks: 1 }, mine: ['thanks'] });

      client.setViewer(ben);
      expect(await client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k3' })).to.deep.equal({
        counts: { thanks: 2 },
        mine: ['thanks'],
      });
      expect(await client.setReaction('p1', 'thanks', false, { idempotencyKey: 'k4' })).to.deep.equal({
        counts: { thanks: 1 },
        mine: [],
      });
    });

    it('answers a repeated idempotency key with the first result and no second change', async () => {
      const client = createMemoryClient({ viewer: ana });
      const first = await client.setReaction('p1', 'hug', true, { idempotencyKey: 'same' });
      await client.setReaction('p1', 'hug', false, { idempotencyKey: 'other' });
      const repeat = await client.setReaction('p1', 'hug', true, { idempotencyKey: 'same' });
      expect(repeat).to.deep.equal(first);
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: {}, mine: [] });
    });

    it('refuses reactions from a signed-out viewer', async () => {
      const client = createMemoryClient({ viewer: null });
      const error = await failure(client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k' }));
      expect(error.code).to.equal('unauthorized');
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: {}, mine: [] });
    });

    it('keeps hostile subject ids as data', async () => {
      const client = createMemoryClient({ viewer: ana });
      const summary = await client.setReaction('__proto__', 'constructor', true, { idempotencyKey: 'k' });
      expect(Object.getPrototypeOf(summary.counts)).to.equal(Object.prototype);
      expect(summary.counts.constructor).to.equal(1);
      expect((await client.getReactions(['__proto__']))['__proto__']?.counts.constructor).to.equal(1);
    });

    it('rejects calls with missing ids or keys as invalid input', async () => {
      const client = createMemoryClient({ viewer: ana });
      expect((await failure(client.setReaction('', 'thanks', true, { idempotencyKey: 'k' }))).code).to.equal('invalid_input');
      expect((await failure(client.setReaction('p1', 'thanks', true, { idempotencyKey: '' }))).code).to.equal('invalid_input');
      expect((await failure(client.getReactions([42 as unknown as string]))).code).to.equal('invalid_input');
    });
  });

  describe('who reacted', () => {
    it('lists named reactors newest first, a page at a time, counting anonymous ones in the total', async () => {
      const people = Array.from({ length: 5 }, (_, i) => ({ id: `u${i}`, name: `Person ${i}` }));
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: people } } } });
      await client.setReaction('p1', 'hug', true, { idempotencyKey: 'k' });

      const first = await client.listReactors('p1', 'hug', { limit: 4 });
      expect(first.reactors.map((r) => r.name)).to.deep.equal(['Ana', 'Person 4', 'Person 3', 'Person 2']);
      expect(first.total).to.equal(6);
      const second = await client.listReactors('p1', 'hug', { limit: 4, cursor: first.nextCursor! });
      expect(second.reactors.map((r) => r.name)).to.deep.equal(['Person 1', 'Person 0']);
      expect(second.nextCursor).to.equal(undefined);

      const seeded = createMemoryClient({ seed: { reactions: { p1: { thanks: 40 } } } });
      expect(await seeded.listReactors('p1', 'thanks')).to.deep.equal({ reactors: [], total: 40 });
      expect(await seeded.listReactors('nothing', 'thanks')).to.deep.equal({ reactors: [], total: 0 });
    });
  });

  describe('live updates', () => {
    it('pushes what another person does to subscribers, each with their own reactions', async () => {
      const client = createMemoryClient({ viewer: ana });
      await client.setReaction('p1', 'hug', true, { idempotencyKey: 'mine' });
      const updates: [string, unknown][] = [];
      const stop = client.subscribe(['p1'], (subject, summary) => updates.push([subject, summary]));

      await client.as(ben).setReaction('p1', 'hug', true, { idempotencyKey: 'bens' });
      await client.as(ben).setReaction('p2', 'hug', true, { idempotencyKey: 'elsewhere' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(updates).to.deep.equal([['p1', { counts: { hug: 2 }, mine: ['hug'] }]]);

      stop();
      await client.as(ben).setReaction('p1', 'hug', false, { idempotencyKey: 'after' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(updates).to.have.length(1);
    });

    it('does not push a change that changed nothing', async () => {
      const client = createMemoryClient({ viewer: ana });
      let pushed = 0;
      client.subscribe(['p1'], () => pushed++);
      await client.as(ben).setReaction('p1', 'hug', false, { idempotencyKey: 'noop' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(pushed).to.equal(0);
    });
  });

  describe('reports', () => {
    it('returns a receipt with a reference, and the report reaches the moderators', async () => {
      const client = createMemoryClient({ viewer: ana });
      const receipt = await client.submitReport({ ...report, details: 'Same link in every thread' }, { idempotencyKey: 'r1' });
      expect(receipt.id).to.match(/^KR-[A-Z0-9]{6}$/);
      expect(receipt.status).to.equal('received');
      expect(Date.parse(receipt.createdAt)).to.be.closeTo(Date.now(), 5000);
      expect(client.listReports()).to.deep.equal([
        { ...report, details: 'Same link in every thread', ...receipt, reporterId: 'ana' },
      ]);
    });

    it('records a retried report once', async () => {
      const client = createMemoryClient();
      const first = await client.submitReport(report, { idempotencyKey: 'r1' });
      const retry = await client.submitReport(report, { idempotencyKey: 'r1' });
      expect(retry).to.deep.equal(first);
      expect(client.listReports()).to.have.length(1);
    });

    it('refuses to reuse a key for a different report', async () => {
      const client = createMemoryClient();
      await client.submitReport(report, { idempotencyKey: 'r1' });
      const error = await failure(client.submitReport({ ...report, reason: 'hate' }, { idempotencyKey: 'r1' }));
      expect(error.code).to.equal('invalid_input');
      expect(client.listReports()).to.have.length(1);
    });

    it('accepts anonymous reports, as a notice from anyone must be possible', async () => {
      const client = createMemoryClient({ viewer: null });
      await client.submitReport(report, { idempotencyKey: 'r1' });
      expect(client.listReports()[0]?.reporterId).to.equal(null);
    });

    it('says which fields need attention', async () => {
      const client = createMemoryClient();
      const cases: [Partial<ReportInput>, Record<string, string>][] = [
        [{ reason: 'nonsense' as ReportInput['reason'] }, { reason: 'Choose a reason.' }],
        [{ reason: 'other', details: '  ' }, { details: 'Required for "Something else".' }],
        [{ details: 'x'.repeat(limits.reportDetails + 1) }, { details: `At most ${limits.reportDetails} characters.` }],
        [{ reason: 'rules', ruleIds: [] }, { ruleIds: 'Choose at least one rule.' }],
        [
          { reason: 'illegal', notice: { law: 'Copyright', explanation: '', location: 'https://x', goodFaith: false } },
          { explanation: 'Required.', name: 'Required.', email: 'A valid email address is required.', goodFaith: 'Required.' },
        ],
        [
          {
            reason: 'illegal',
            notice: { law: 'L', explanation: 'E', location: 'https://x', name: 'Ana', email: 'not-an-email', goodFaith: true },
          },
          { email: 'A valid email address is required.' },
        ],
      ];
      for (const [change, fields] of cases) {
        const error = await failure(client.submitReport({ ...report, ...change }, { idempotencyKey: uniqueKey() }));
        expect(error.code).to.equal('invalid_input');
        expect(error.fields).to.deep.equal(fields);
      }
      expect((await failure(client.submitReport({ ...report, subjectId: '' }, { idempotencyKey: 'k' }))).fields).to.equal(
        undefined,
      );
      expect(client.listReports()).to.deep.equal([]);
    });

    it('accepts a complete illegal-content notice and a rules report', async () => {
      const client = createMemoryClient();
      const notice = { law: 'Copyright', explanation: 'My photo', location: 'https://x/9', name: 'Ana', email: 'ana@example.org', goodFaith: true };
      await client.submitReport({ ...report, reason: 'illegal', notice }, { idempotencyKey: 'a' });
      await client.submitReport({ ...report, reason: 'rules', ruleIds: ['be-kind'] }, { idempotencyKey: 'b' });
      expect(client.listReports().map((r) => r.reason)).to.deep.equal(['illegal', 'rules']);
    });

    it('lets a notice about child sexual abuse material come without name or email', async () => {
      const client = createMemoryClient();
      const notice = { law: 'CSAM', explanation: 'Images of a child', location: 'https://x/9', childAbuse: true, goodFaith: true };
      await client.submitReport({ ...report, reason: 'illegal', notice }, { idempotencyKey: 'a' });
      expect(client.listReports()).to.have.length(1);
    });

    it('tells the reporter where their report has got to, and nobody else', async () => {
      const client = createMemoryClient({ viewer: ana });
      const receipt = await client.submitReport(report, { idempotencyKey: 'r' });
      client.setReportStatus(receipt.id, 'in-review');
      expect(await client.getReportStatus(receipt.id)).to.deep.equal({ ...receipt, status: 'in-review' });
      expect((await failure(client.as(ben).getReportStatus(receipt.id))).code).to.equal('not_found');
      expect((await failure(client.getReportStatus('KR-NOPE'))).code).to.equal('not_found');
    });
  });

  describe('blocking, muting and hiding', () => {
    it('remembers each for the viewer, once per key, and only when signed in', async () => {
      const client = createMemoryClient({ viewer: ana });
      await client.block('sam', { idempotencyKey: 'b' });
      await client.block('sam', { idempotencyKey: 'b2' });
      await client.mute('sam', { idempotencyKey: 'm' });
      await client.hide('comment-9', { idempotencyKey: 'h' });
      expect(client.listRelations()).to.deep.equal({ blocked: ['sam'], muted: ['sam'], hidden: ['comment-9'] });
      expect(client.as(ben).listRelations()).to.deep.equal({ blocked: [], muted: [], hidden: [] });
      expect((await failure(client.as(null).mute('sam', { idempotencyKey: 'x' }))).code).to.equal('unauthorized');
      expect((await failure(client.mute('', { idempotencyKey: 'y' }))).code).to.equal('invalid_input');
      expect(client.as(null).listRelations()).to.deep.equal({ blocked: [], muted: [], hidden: [] });
    });

    it('keeps them across reloads when persisted', async () => {
      const storage = scopedStorage();
      await createMemoryClient({ viewer: ana, persist: true, storage }).block('sam', { idempotencyKey: 'b' });
      expect(createMemoryClient({ viewer: ana, persist: true, storage }).listRelations().blocked).to.deep.equal(['sam']);
    });
  });

  describe('check-ins', () => {
    it('returns the check-in as others will see it', async () => {
      const client = createMemoryClient({ viewer: ana });
      const checkIn = await client.submitCheckIn({ mood: 2, note: 'Rough week', audience: 'circle' }, { idempotencyKey: 'c1' });
      expect(checkIn).to.include({ mood: 2, note: 'Rough week', audience: 'circle' });
      expect(checkIn.author).to.deep.equal(ana);
      expect(checkIn.id).to.match(/^ci-/);
      expect(client.listCheckIns()).to.deep.equal([checkIn]);
    });

    it('records a retried check-in once', async () => {
      const client = createMemoryClient({ viewer: ana });
      await client.submitCheckIn({ mood: 4, audience: 'self' }, { idempotencyKey: 'c1' });
      await client.submitCheckIn({ mood: 4, audience: 'self' }, { idempotencyKey: 'c1' });
      expect(client.listCheckIns()).to.have.length(1);
    });

    it('refuses moods outside 1 to 5, unknown audiences, long notes and signed-out viewers', async () => {
      const client = createMemoryClient({ viewer: ana });
      const key = { idempotencyKey: 'c' };
      expect((await failure(client.submitCheckIn({ mood: 6 as 1, audience: 'self' }, key))).fields).to.have.key('mood');
      expect((await failure(client.submitCheckIn({ mood: 3, audience: 'world' as 'self' }, key))).fields).to.have.key('audience');
      const long = 'x'.repeat(limits.checkInNote + 1);
      expect((await failure(client.submitCheckIn({ mood: 3, audience: 'self', note: long }, key))).fields).to.have.key('note');
      client.setViewer(null);
      expect((await failure(client.submitCheckIn({ mood: 3, audience: 'self' }, key))).code).to.equal('unauthorized');
      expect(client.listCheckIns()).to.deep.equal([]);
    });
  });

  describe('editing check-ins and replying to them', () => {
    it("lets the author edit their own check-in, once per key, and nobody else's", async () => {
      const client = createMemoryClient({ viewer: ana });
      const checkIn = await client.submitCheckIn({ mood: 2, note: 'Tired', audience: 'self' }, { idempotencyKey: 'c' });
      const edited = await client.updateCheckIn(checkIn.id, { mood: 3, audience: 'circle' }, { idempotencyKey: 'e' });
      expect(edited).to.include({ id: checkIn.id, mood: 3, audience: 'circle' });
      expect(edited.note).to.equal(undefined);
      expect(client.listCheckIns()).to.deep.equal([edited]);
      expect((await failure(client.as(ben).updateCheckIn(checkIn.id, { mood: 1, audience: 'self' }, { idempotencyKey: 'x' }))).code).to.equal('not_found');
      expect((await failure(client.updateCheckIn(checkIn.id, { mood: 9 as 1, audience: 'self' }, { idempotencyKey: 'y' }))).code).to.equal('invalid_input');
    });

    it('records a support reply once per key, and refuses unknown kinds and missing check-ins', async () => {
      const client = createMemoryClient({ viewer: ana });
      const checkIn = await client.submitCheckIn({ mood: 1, audience: 'circle' }, { idempotencyKey: 'c' });
      const reply = await client.as(ben).sendSupport(checkIn.id, { kind: 'thinking-of-you', note: 'Here if you need me' }, { idempotencyKey: 's' });
      await client.as(ben).sendSupport(checkIn.id, { kind: 'thinking-of-you', note: 'Here if you need me' }, { idempotencyKey: 's' });
      expect(reply).to.include({ checkInId: checkIn.id, kind: 'thinking-of-you', note: 'Here if you need me' });
      expect(reply.author).to.deep.equal(ben);
      expect(client.listSupport(checkIn.id)).to.deep.equal([reply]);
      expect((await failure(client.sendSupport(checkIn.id, { kind: 'poke' as 'support' }, { idempotencyKey: 'p' }))).code).to.equal('invalid_input');
      expect((await failure(client.sendSupport('nope', { kind: 'support' }, { idempotencyKey: 'n' }))).code).to.equal('not_found');
      expect((await failure(client.sendSupport(checkIn.id, { kind: 'support', note: 'x'.repeat(281) }, { idempotencyKey: 'l' }))).code).to.equal('invalid_input');
    });
  });

  describe('persistence', () => {
    it('survives a new client on the same storage', async () => {
      const storage = scopedStorage();
      const before = createMemoryClient({ viewer: ana, persist: true, storage });
      await before.setReaction('p1', 'support', true, { idempotencyKey: 'k1' });
      await before.submitReport(report, { idempotencyKey: 'r1' });
      await before.submitCheckIn({ mood: 5, audience: 'community' }, { idempotencyKey: 'c1' });

      const after = createMemoryClient({ viewer: ana, persist: true, storage, seed: { reactions: { p1: { thanks: 99 } } } });
      expect((await after.getReactions(['p1'])).p1).to.deep.equal({ counts: { support: 1 }, mine: ['support'] });
      expect(after.listReports()).to.have.length(1);
      expect(after.listCheckIns()).to.have.length(1);
      // The idempotency window persists too: a retry after a reload is still one report.
      await after.submitReport(report, { idempotencyKey: 'r1' });
      expect(after.listReports()).to.have.length(1);
    });

    it('uses localStorage under its storage key by default', async () => {
      const storageKey = uniqueKey('memory');
      const client = createMemoryClient({ persist: true, storageKey });
      await client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      expect(localStorage.getItem(storageKey)).to.contain('thanks');
      localStorage.removeItem(storageKey);
    });

    it('starts from the seed when the stored data is unreadable', async () => {
      const storage = scopedStorage();
      storage.setItem('kindred:memory-client', '{"v":1,"reactions":"oops"');
      const client = createMemoryClient({ persist: true, storage, seed: { reactions: { p1: { thanks: 3 } } } });
      expect((await client.getReactions(['p1'])).p1?.counts).to.deep.equal({ thanks: 3 });
    });

    it('does not persist unless asked', async () => {
      const storage = scopedStorage();
      await createMemoryClient({ storage }).setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      expect(storage.getItem('kindred:memory-client')).to.equal(null);
    });
  });

  describe('simulated conditions', () => {
    it('fails with a KindredError of the chosen code, and changes nothing', async () => {
      const client = createMemoryClient({ viewer: ana, failureRate: 1 });
      expect((await failure(client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k' }))).code).to.equal('network');
      client.simulate({ failureCode: 'server' });
      expect((await failure(client.submitReport(report, { idempotencyKey: 'r' }))).code).to.equal('server');
      client.simulate({ failureRate: 0 });
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: {}, mine: [] });
      expect(client.listReports()).to.deep.equal([]);
    });

    it('answers after the simulated latency', async () => {
      const client = createMemoryClient({ latencyMs: 60 });
      const started = performance.now();
      await client.getReactions(['p1']);
      expect(performance.now() - started).to.be.at.least(55);
    });

    it('hands out copies, so callers cannot change its records', async () => {
      const client = createMemoryClient({ viewer: ana });
      const summary = await client.setReaction('p1', 'thanks', true, { idempotencyKey: 'k' });
      summary.counts.thanks = 1000;
      client.listReports().push({ ...report, id: 'fake', status: 'received', createdAt: '', reporterId: null });
      expect((await client.getReactions(['p1'])).p1?.counts.thanks).to.equal(1);
      expect(client.listReports()).to.deep.equal([]);
    });
  });
});
