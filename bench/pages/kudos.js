// Renders N reaction bars, Kindred's or a hand-written vanilla element with the same DOM, styles
// and data path (one memory client, the shared loader), and reports how long until every bar
// shows its counts, laid out.
import { createMemoryClient, reactionsLoaderFor, tokenStyles } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/kudos-reactions/kin-kudos-reactions.js';
import { styles } from '../../packages/kudos-reactions/dist/src/kudos-reactions.styles.js';

const reactions = [
  ['thanks', '🙏', 'Thank you'],
  ['support', '🫶', 'Sending support'],
  ['hear-you', '🤝', 'I hear you'],
  ['proud', '🌱', 'Proud of you'],
  ['hug', '🤗', 'Sending a hug'],
];
const viewer = { id: 'ana', name: 'Ana' };
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const plural = new Intl.PluralRules('en');
// The very stylesheets Kindred's element adopts, so both lay out the same boxes.
const sheets = [tokenStyles.styleSheet, styles.styleSheet];

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The baseline: what a careful developer would write by hand with no framework, building the DOM
 * Kindred's element builds (toolbar, wrappers, buttons, "who reacted" buttons, message) with the
 * same attributes, styles and delegated listeners, fed by the same loader.
 */
class VanillaKudos extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const toolbar = element('div', { part: 'toolbar', role: 'toolbar', 'aria-label': 'Reactions', 'aria-busy': 'true' });
    for (const type of ['click', 'keydown', 'focusin']) toolbar.addEventListener(type, () => {});
    const rows = reactions.map(([id, emoji, label], index) => {
      const button = element(
        'button',
        { part: 'button', 'data-key': `reaction:${id}`, tabindex: index === 0 ? '0' : '-1', 'aria-pressed': 'false', 'aria-label': label },
        ' ',
        element('span', { part: 'emoji', 'aria-hidden': 'true' }, emoji),
        ' ',
        element('span', { part: 'label' }, label),
        ' ',
      );
      const wrapper = element('span', { part: 'reaction' }, ' ', button);
      toolbar.append(' ', wrapper);
      return { id, label, button, wrapper };
    });
    root.append(toolbar, element('p', { part: 'message', hidden: '' }));
    reactionsLoaderFor(window.vanillaClient)
      .load(this.getAttribute('subject'))
      .then((summary) => {
        toolbar.setAttribute('aria-busy', 'false');
        for (const { id, label, button, wrapper } of rows) {
          const count = summary.counts[id] ?? 0;
          const mine = summary.mine.includes(id);
          const shown = compact.format(count);
          const people = `${shown} ${plural.select(count) === 'one' ? 'person' : 'people'}`;
          button.setAttribute('aria-pressed', String(mine));
          button.setAttribute('aria-label', `${label}, ${people}${mine ? ', you reacted' : ''}`);
          button.append(element('span', { part: 'count' }, shown), ' ');
          if (count === 0) continue;
          button.setAttribute('data-joined', '');
          const who = element(
            'button',
            { part: 'who-button', 'data-key': `who:${id}`, tabindex: '-1', 'aria-label': `Who sent ${label}`, 'aria-expanded': 'false', 'aria-controls': 'reactors' },
            ' ',
            element('span', { 'aria-hidden': 'true' }, '▾'),
            ' ',
          );
          wrapper.append(who, ' ');
        }
      });
  }
}
customElements.define('vanilla-kudos', VanillaKudos);

function seededClient(count) {
  const seed = {};
  for (let i = 0; i < count; i++) seed[`post-${i}`] = { thanks: i + 1, support: 3, 'hear-you': 2, proud: 1, hug: (i % 7) + 1 };
  const memory = createMemoryClient({ viewer, seed: { reactions: seed } });
  const client = { ...memory, calls: 0 };
  client.getReactions = (ids) => {
    client.calls++;
    return memory.getReactions(ids);
  };
  return client;
}

const macrotask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = resolve;
  channel.port2.postMessage(null);
});

let container;

window.bench = {
  /** Renders `count` bars of `kind` ('kindred' | 'vanilla'); resolves with the time and client calls. */
  async render(kind, count) {
    const client = seededClient(count);
    container = document.createElement('div');
    const start = performance.now();
    let parent = container;
    if (kind === 'kindred') {
      parent = document.createElement('kin-provider');
      parent.client = client;
      parent.viewer = viewer;
      container.append(parent);
    } else {
      window.vanillaClient = client;
    }
    const tag = kind === 'kindred' ? 'kin-kudos-reactions' : 'vanilla-kudos';
    for (let i = 0; i < count; i++) {
      const bar = document.createElement(tag);
      bar.setAttribute('subject', `post-${i}`);
      parent.append(bar);
    }
    document.body.append(container);
    const bars = [...container.querySelectorAll(tag)];
    while (!bars.every((bar) => bar.shadowRoot?.querySelectorAll('[part~="count"]').length === reactions.length)) {
      await macrotask();
    }
    void document.body.offsetHeight;
    return { ms: performance.now() - start, calls: client.calls };
  },
  clear() {
    container?.remove();
    container = undefined;
    window.vanillaClient = undefined;
  },
};
