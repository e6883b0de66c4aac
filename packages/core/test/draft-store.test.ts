import { expect } from '@open-wc/testing';
import { DraftStore, draftLifetimeMs, type KeyValueStorage } from '@kindred/core';
import { scopedStorage } from '@kindred/test-utils';

interface ReportDraft {
  reason: string;
  details: string;
}

const parseDraft = (value: unknown): ReportDraft | undefined => {
  const draft = value as ReportDraft | undefined;
  return typeof draft?.reason === 'string' && typeof draft.details === 'string' ? draft : undefined;
};

describe('DraftStore', () => {
  it('keeps a draft per subject across new store instances', () => {
    const storage = scopedStorage();
    new DraftStore('report', parseDraft, storage).set('comment-9', { reason: 'spam', details: 'Same link' });
    const reloaded = new DraftStore('report', parseDraft, storage);
    expect(reloaded.get('comment-9')).to.deep.equal({ reason: 'spam', details: 'Same link' });
    expect(reloaded.get('comment-10')).to.equal(undefined);
  });

  it('keeps each component’s drafts apart', () => {
    const storage = scopedStorage();
    new DraftStore('report', parseDraft, storage).set('s1', { reason: 'spam', details: '' });
    expect(new DraftStore('check-in', parseDraft, storage).get('s1')).to.equal(undefined);
  });

  it('forgets a draft once it is deleted, as after a successful submit', () => {
    const store = new DraftStore('report', parseDraft, scopedStorage());
    store.set('s1', { reason: 'spam', details: 'x' });
    store.delete('s1');
    expect(store.get('s1')).to.equal(undefined);
  });

  it('drops drafts older than a week, so they do not linger on a shared device', () => {
    const storage = scopedStorage();
    const old = { savedAt: Date.now() - draftLifetimeMs - 1, value: { reason: 'spam', details: 'old' } };
    storage.setItem('kindred:draft:report:s1', JSON.stringify(old));
    expect(new DraftStore('report', parseDraft, storage).get('s1')).to.equal(undefined);
    expect(storage.getItem('kindred:draft:report:s1')).to.equal(null);
  });

  it('ignores stored values that are not drafts', () => {
    const storage = scopedStorage();
    storage.setItem('kindred:draft:report:a', JSON.stringify({ savedAt: Date.now(), value: { reason: 4 } }));
    storage.setItem('kindred:draft:report:b', 'not json');
    storage.setItem('kindred:draft:report:c', JSON.stringify('just text'));
    const store = new DraftStore('report', parseDraft, storage);
    expect([store.get('a'), store.get('b'), store.get('c')]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('says so when the browser refuses to store, instead of throwing', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = new DraftStore('report', parseDraft, refusing);
    expect(store.set('s1', { reason: 'spam', details: '' })).to.equal(false);
    expect(store.get('s1')).to.equal(undefined);
    expect(() => store.delete('s1')).not.to.throw();
  });
});
