import { expect } from '@open-wc/testing';
import {
  createMemoryClient,
  KindredError,
  ReactionsLoader,
  reactionsLoaderFor,
  type KindredClient,
  type ReactionSummary,
} from '@kindred/core';

/** A memory client that remembers what each getReactions call asked for, and can refuse the next ones. */
function countingClient(options: Parameters<typeof createMemoryClient>[0] = {}) {
  const memory = createMemoryClient(options);
  const calls: string[][] = [];
  const state = { failNext: 0 };
  const client: KindredClient = {
    ...memory,
    getReactions(ids) {
      calls.push(ids);
      if (state.failNext > 0) {
        state.failNext--;
        return Promise.reject(new KindredError('network'));
      }
      return memory.getReactions(ids);
    },
  };
  return { client, calls, state };
}

describe('ReactionsLoader', () => {
  it('answers 1,000 loads in one tick with ceil(1000 / maxBatch) calls, each caller its own summary', async () => {
    const reactions = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`p${i}`, { thanks: i }]));
    const { client, calls } = countingClient({ seed: { reactions } });
    const loader = new ReactionsLoader(client, { maxBatch: 300 });

    const summaries = await Promise.all(Array.from({ length: 1000 }, (_, i) => loader.load(`p${i}`)));

    expect(calls).to.have.length(Math.ceil(1000 / 300));
    expect(calls.map((ids) => ids.length)).to.deep.equal([300, 300, 300, 100]);
    summaries.forEach((summary, i) => expect(summary.counts.thanks ?? 0).to.equal(i));
  });

  it('asks once for a subject many elements show, and gives each its own copy', async () => {
    const { client, calls } = countingClient({ seed: { reactions: { p1: { hug: 2 } } } });
    const loader = new ReactionsLoader(client);
    const [a, b] = await Promise.all([loader.load('p1'), loader.load('p1')]);
    expect(calls).to.deep.equal([['p1']]);
    a!.counts.hug = 99;
    expect(b!.counts.hug).to.equal(2);
  });

  it('joins a load to a request already on its way', async () => {
    const { client, calls } = countingClient({ latencyMs: 30 });
    const loader = new ReactionsLoader(client);
    const first = loader.load('p1');
    await Promise.resolve();
    await Promise.resolve();
    const second = loader.load('p1');
    await Promise.all([first, second]);
    expect(calls).to.deep.equal([['p1']]);
  });

  it('uses separate calls for loads in separate tasks', async () => {
    const { client, calls } = countingClient();
    const loader = new ReactionsLoader(client);
    await loader.load('p1');
    await loader.load('p2');
    expect(calls).to.deep.equal([['p1'], ['p2']]);
  });

  it('rejects only the callers of a failed batch, and a later load asks again', async () => {
    const { client, state, calls } = countingClient();
    const loader = new ReactionsLoader(client, { maxBatch: 2 });
    state.failNext = 1;
    const loads = ['p1', 'p2', 'p3'].map((id) => loader.load(id));
    const settled = await Promise.allSettled(loads);
    expect(settled.map((s) => s.status)).to.deep.equal(['rejected', 'rejected', 'fulfilled']);
    expect((settled[0] as PromiseRejectedResult).reason).to.be.instanceOf(KindredError);

    expect(await loader.load('p1')).to.deep.equal({ counts: {}, mine: [] });
    expect(calls).to.deep.equal([['p1', 'p2'], ['p3'], ['p1']]);
  });

  it('turns a client that throws or returns garbage into a KindredError', async () => {
    const throwing = { getReactions: () => { throw new TypeError('boom'); } } as unknown as KindredClient;
    const garbage = { getReactions: async () => ({ p1: 'lots' }) } as unknown as KindredClient;
    const thrown = await new ReactionsLoader(throwing).load('p1').catch((error: unknown) => error);
    const parsed = await new ReactionsLoader(garbage).load('p1').catch((error: unknown) => error);
    expect((thrown as KindredError).code).to.equal('server');
    expect((parsed as KindredError).code).to.equal('invalid_response');
  });

  it('is shared by everything that uses the same client', () => {
    const { client } = countingClient();
    expect(reactionsLoaderFor(client)).to.equal(reactionsLoaderFor(client));
    expect(reactionsLoaderFor(client)).not.to.equal(reactionsLoaderFor(countingClient().client));
  });

  it('treats a subject the client left out as having no reactions yet', async () => {
    const partial = { getReactions: async () => ({}) } as unknown as KindredClient;
    const summary: ReactionSummary = await new ReactionsLoader(partial).load('p1');
    expect(summary).to.deep.equal({ counts: {}, mine: [] });
  });
});
