import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  createMemoryClient,
  KindredController,
  KindredError,
  Outbox,
  OutboxController,
  type KeyValueStorage,
  type OutboxDeliveredEvent,
  type OutboxFailedEvent,
  type ReportInput,
} from '@kindred/core';
import '@kindred/core/kin-provider.js';
import { scopedStorage, uniqueKey } from '@kindred/test-utils';

const ana = { id: 'ana', name: 'Ana' };
const report: ReportInput = { subjectId: 'comment-9', subjectType: 'comment', reason: 'spam', details: 'Same link everywhere' };

/** An element that submits through the outbox, as the report and check-in components do. */
class OutboxUser extends LitElement {
  static storage: KeyValueStorage;
  readonly delivered: OutboxDeliveredEvent[] = [];
  readonly kindred = new KindredController(this);
  readonly outbox = new OutboxController(this, this.kindred, {
    storage: OutboxUser.storage,
    onDelivered: (event) => this.delivered.push(event),
  });
}
customElements.define('outbox-user', OutboxUser);

describe('Outbox', () => {
  it('keeps a submission made offline, and delivers it exactly once after a reload when the network returns', async () => {
    const prefix = uniqueKey('outbox');
    const server = createMemoryClient({ viewer: ana, failureRate: 1, failureCode: 'network' });

    // First page session: offline.
    OutboxUser.storage = scopedStorage(prefix);
    const provider = await fixture(html`<kin-provider .client=${server} .viewer=${ana}><outbox-user></outbox-user></kin-provider>`);
    const before = provider.querySelector<OutboxUser>('outbox-user')!;
    const sent = await before.outbox.send('report', report, 'report-key');
    expect(sent.status).to.equal('queued');
    expect(server.listReports()).to.deep.equal([]);
    // A reload ends everything this page had under way.
    await before.outbox.flush();
    provider.remove();

    // Second page session: new elements, new outbox, same storage. Still offline at first.
    OutboxUser.storage = scopedStorage(prefix);
    const reloaded = await fixture(html`<kin-provider .client=${server} .viewer=${ana}><outbox-user></outbox-user></kin-provider>`);
    const after = reloaded.querySelector<OutboxUser>('outbox-user')!;
    expect(after.outbox.outbox).not.to.equal(before.outbox.outbox);
    await after.outbox.flush();
    expect(after.outbox.outbox.entries().map((e) => e.idempotencyKey)).to.deep.equal(['report-key']);
    expect(server.listReports()).to.deep.equal([]);

    server.simulate({ failureRate: 0 });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => after.delivered.length === 1, 'the queued report was not delivered');
    window.dispatchEvent(new Event('online'));
    await after.outbox.flush();

    expect(server.listReports()).to.have.length(1);
    expect(server.listReports()[0]).to.include({ details: 'Same link everywhere', reporterId: 'ana' });
    expect(after.delivered[0]?.entry.idempotencyKey).to.equal('report-key');
    expect(after.delivered[0]?.result).to.have.property('id').that.matches(/^KR-/);
    expect(after.outbox.outbox.entries()).to.deep.equal([]);
  });

  it('sends at once when it can, keeping nothing', async () => {
    const outbox = new Outbox(scopedStorage());
    const server = createMemoryClient({ viewer: ana });
    const sent = await outbox.send(server, 'check-in', { mood: 4, audience: 'self' }, { idempotencyKey: 'c', viewerId: 'ana' });
    expect(sent.status).to.equal('sent');
    expect(sent.status === 'sent' && sent.result.mood).to.equal(4);
    expect(outbox.entries()).to.deep.equal([]);
  });

  it('does not keep what the server refused, so the person can fix it', async () => {
    const outbox = new Outbox(scopedStorage());
    const server = createMemoryClient({ viewer: ana });
    const refused = await outbox
      .send(server, 'report', { ...report, reason: 'other', details: '' }, { idempotencyKey: 'r', viewerId: 'ana' })
      .catch((error: unknown) => error);
    expect((refused as KindredError).code).to.equal('invalid_input');
    expect(outbox.entries()).to.deep.equal([]);
  });

  it('does not claim to have saved a submission when storage refuses it', async () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const offline = createMemoryClient({ failureRate: 1 });
    const error = await new Outbox(full)
      .send(offline, 'report', report, { idempotencyKey: 'r', viewerId: null })
      .catch((e: unknown) => e);
    expect((error as KindredError).code).to.equal('network');
  });

  it('delivers only the signed-in person’s submissions', async () => {
    const outbox = new Outbox(scopedStorage());
    const offline = createMemoryClient({ failureRate: 1 });
    await outbox.send(offline, 'report', report, { idempotencyKey: 'ana-1', viewerId: 'ana' });
    await outbox.send(offline, 'report', report, { idempotencyKey: 'ben-1', viewerId: 'ben' });

    const server = createMemoryClient({ viewer: { id: 'ben', name: 'Ben' } });
    await outbox.flush(server, 'ben');
    expect(server.listReports().map((r) => r.reporterId)).to.deep.equal(['ben']);
    expect(outbox.entries().map((e) => e.idempotencyKey)).to.deep.equal(['ana-1']);
  });

  it('gives up on a submission the server refuses, and hands back what was written', async () => {
    const outbox = new Outbox(scopedStorage());
    const offline = createMemoryClient({ failureRate: 1 });
    await outbox.send(offline, 'check-in', { mood: 3, audience: 'self', note: 'Long day' }, { idempotencyKey: 'c', viewerId: 'ana' });

    const failed: OutboxFailedEvent[] = [];
    outbox.addEventListener('failed', (event) => failed.push(event));
    await outbox.flush(createMemoryClient({ viewer: null }), 'ana');

    expect(failed.map((e) => [e.error.code, e.entry.input])).to.deep.equal([
      ['unauthorized', { mood: 3, audience: 'self', note: 'Long day' }],
    ]);
    expect(outbox.entries()).to.deep.equal([]);
  });

  it('keeps everything while the server is still failing, and tries again later', async () => {
    const outbox = new Outbox(scopedStorage());
    const down = createMemoryClient({ viewer: ana, failureRate: 1 });
    await outbox.send(down, 'report', report, { idempotencyKey: 'a', viewerId: 'ana' });
    await outbox.send(down, 'report', report, { idempotencyKey: 'b', viewerId: 'ana' });
    down.simulate({ failureCode: 'server' });
    await outbox.flush(down, 'ana');
    expect(outbox.entries()).to.have.length(2);
    down.simulate({ failureRate: 0 });
    await outbox.flush(down, 'ana');
    expect(down.listReports()).to.have.length(2);
  });

  it('delivers once when two tabs flush the same storage at the same time', async () => {
    const prefix = uniqueKey('tabs');
    const tabA = new Outbox(scopedStorage(prefix));
    const tabB = new Outbox(scopedStorage(prefix));
    const server = createMemoryClient({ viewer: ana, failureRate: 1 });
    await tabA.send(server, 'report', report, { idempotencyKey: 'once', viewerId: 'ana' });
    server.simulate({ failureRate: 0, latencyMs: 20 });

    let deliveries = 0;
    for (const tab of [tabA, tabB]) tab.addEventListener('delivered', () => deliveries++);
    await Promise.all([tabA.flush(server, 'ana'), tabB.flush(server, 'ana'), tabA.flush(server, 'ana')]);

    expect(deliveries).to.equal(1);
    expect(server.listReports()).to.have.length(1);
  });

  it('does not count a garbled answer as sent', async () => {
    const outbox = new Outbox(scopedStorage());
    const memory = createMemoryClient({ viewer: ana });
    const garbling = { ...memory, submitReport: async () => ({ status: 'received' }) as never };
    const error = await outbox.send(garbling, 'report', report, { idempotencyKey: 'g', viewerId: 'ana' }).catch((e: unknown) => e);
    expect((error as KindredError).code).to.equal('invalid_response');
  });

  it('delivers with the client each flush was asked for, never another one waiting', async () => {
    const outbox = new Outbox(scopedStorage());
    const offline = createMemoryClient({ viewer: ana, failureRate: 1 });
    await outbox.send(offline, 'report', report, { idempotencyKey: 'r', viewerId: 'ana' });
    const online = createMemoryClient({ viewer: ana });
    await Promise.all([outbox.flush(offline, 'ana'), outbox.flush(online, 'ana')]);
    expect(online.listReports()).to.have.length(1);
    expect(outbox.entries()).to.deep.equal([]);
  });

  it('ignores stored entries it does not understand', () => {
    const storage = scopedStorage();
    storage.setItem('kindred:outbox', JSON.stringify([{ kind: 'bomb' }, null, 7]));
    expect(new Outbox(storage).entries()).to.deep.equal([]);
    storage.setItem('kindred:outbox', '{broken');
    expect(new Outbox(storage).entries()).to.deep.equal([]);
  });

  it('cannot send without a client', async () => {
    OutboxUser.storage = scopedStorage();
    const user = await fixture<OutboxUser>(html`<outbox-user></outbox-user>`);
    const error = await user.outbox.send('report', report, 'k').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(KindredError);
  });
});
