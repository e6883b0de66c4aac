import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { createIdempotencyKey, defaultStorage, defineElement, tokens, tokenStyles } from '@kindred/core';

describe('defineElement', () => {
  it('registers a tag once and treats the same class again as a no-op', () => {
    class Once extends HTMLElement {}
    defineElement('kin-define-once', Once);
    expect(() => defineElement('kin-define-once', Once)).not.to.throw();
    expect(customElements.get('kin-define-once')).to.equal(Once);
  });

  it('warns instead of throwing when another class already holds the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('kin-define-twice', First);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      defineElement('kin-define-twice', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('kin-define-twice')).to.equal(First);
    expect(String(warnings[0])).to.contain('<kin-define-twice> is already defined');
  });
});

describe('warnOnce', () => {
  it('tells the developer about a misuse once per page', async () => {
    const { warnOnce } = await import('@kindred/core');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      warnOnce('Something is off.');
      warnOnce('Something is off.');
      warnOnce('Something else is off.');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['Kindred: Something is off.', 'Kindred: Something else is off.']);
  });
});

describe('createIdempotencyKey', () => {
  it('makes a different UUID every time', () => {
    const keys = new Set(Array.from({ length: 100 }, createIdempotencyKey));
    expect(keys.size).to.equal(100);
    keys.forEach((key) => expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  });

  it('works on plain http pages, where crypto.randomUUID does not exist', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(createIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });
});

describe('defaultStorage', () => {
  it('is localStorage when the page may use it', () => {
    expect(defaultStorage()).to.equal(localStorage);
  });

  it('falls back to memory when storage is blocked, so nothing throws', () => {
    const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const storage = defaultStorage();
      storage.setItem('k', 'v');
      expect(storage.getItem('k')).to.equal('v');
      expect(defaultStorage()).to.equal(storage);
      storage.removeItem('k');
      expect(storage.getItem('k')).to.equal(null);
    } finally {
      Object.defineProperty(window, 'localStorage', real);
    }
    expect(defaultStorage()).to.equal(localStorage);
  });
});

class TokenUser extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      p {
        color: var(--_kin-color-text);
        transition-duration: var(--_kin-motion-duration);
      }
    `,
  ];
  override render() {
    return html`<p>Hi</p>`;
  }
}
customElements.define('kin-token-user', TokenUser);

describe('tokens', () => {
  const colorOf = async (template: ReturnType<typeof html>) => {
    const host = await fixture(template);
    const user = host.matches('kin-token-user') ? host : host.querySelector('kin-token-user')!;
    return getComputedStyle(user.shadowRoot!.querySelector('p')!).color;
  };

  it('gives components readable defaults with no CSS from the page', async () => {
    expect(await colorOf(html`<kin-token-user></kin-token-user>`)).to.equal('rgb(31, 35, 40)');
  });

  it('switches to the dark values where the page asks for a dark colour scheme', async () => {
    expect(await colorOf(html`<div style="color-scheme: dark"><kin-token-user></kin-token-user></div>`)).to.equal(
      'rgb(230, 237, 243)',
    );
  });

  it('lets the page override any token with its --kin-* property', async () => {
    expect(await colorOf(html`<div style="--kin-color-text: rgb(1, 2, 3)"><kin-token-user></kin-token-user></div>`)).to.equal(
      'rgb(1, 2, 3)',
    );
  });

  it('describes every token', () => {
    for (const [name, token] of Object.entries(tokens)) {
      expect(token.description, name).to.be.a('string').and.not.equal('');
    }
  });
});

describe('KinErrorEvent', () => {
  it('reaches listeners on the page from inside shadow roots, carrying the error', async () => {
    const { KinErrorEvent, KindredError } = await import('@kindred/core');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    let heard: InstanceType<typeof KinErrorEvent> | undefined;
    document.addEventListener('kin-error', (event) => (heard = event), { once: true });
    inner.dispatchEvent(new KinErrorEvent(new KindredError('timeout')));
    expect(heard?.error.code).to.equal('timeout');
  });
});
