// A peer-support thread using every Kindred element on one client. Plain JavaScript with no
// imports, so the static page loads it as it is and Storybook renders the very same page.

const posts = [
  {
    id: 'post-1',
    author: { id: 'u-maya', name: 'Maya' },
    time: '2026-11-24T08:12:00Z',
    text: "Going back to work on Monday after three months off with burnout. I'm scared I'll fall straight back into the same patterns. How did you manage your first week?",
  },
  {
    id: 'post-2',
    author: { id: 'u-jonas', name: 'Jonas' },
    time: '2026-11-24T09:40:00Z',
    text: 'I asked for a phased return: half days for two weeks. Saying no to the first extra project was the hardest and the best thing I did. You are allowed to go slowly.',
  },
  {
    id: 'post-3',
    author: { id: 'u-priya', name: 'Priya' },
    time: '2026-11-24T11:05:00Z',
    text: 'Writing down when I felt drained helped me see the pattern before it got bad again. Rooting for you, Maya.',
  },
];

/** Kudos already given by other members, so the thread looks lived in. */
export const threadSeed = {
  reactions: {
    'post-1': { support: 6, 'hear-you': 4 },
    'post-2': { thanks: 5, proud: 2 },
    'post-3': { hug: 3 },
  },
};

const stylesheet = `
  .kin-thread { max-inline-size: 44rem; margin-inline: auto; padding: 1rem; display: grid; gap: 1.5rem; font: 1rem/1.5 system-ui, sans-serif; }
  .kin-thread h1 { font-size: 1.5rem; margin: 0; }
  .kin-thread h2 { font-size: 1.125rem; margin: 0 0 0.5rem; }
  .kin-thread ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
  .kin-thread article { border: 1px solid #8886; border-radius: 0.75rem; padding: 1rem; display: grid; gap: 0.5rem; }
  .kin-thread article p { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
  .kin-thread .meta { font-size: 0.875rem; }
  .kin-thread .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; }
  .kin-thread form { display: grid; gap: 0.5rem; }
  .kin-thread textarea { font: inherit; min-block-size: 6rem; padding: 0.5rem; border-radius: 0.5rem; }
  .kin-thread form > button { justify-self: start; font: inherit; padding: 0.5rem 1rem; border-radius: 0.5rem; }
`;

const storageKey = 'kindred:example-thread:replies';

/**
 * Renders the thread into `container`: posts with kudos and report buttons, a check-in card at the
 * top and a reply box with the empathy prompt. Replies are kept in `localStorage`, as a host app would
 * keep them on its server; everything else goes through `client`.
 */
export function mountThread(container, { client, viewer, resources = [] }) {
  const provider = document.createElement('kin-provider');
  provider.className = 'kin-thread';
  provider.client = client;
  provider.viewer = viewer;
  provider.resources = resources;

  const style = document.createElement('style');
  style.textContent = stylesheet;

  const header = element('header', {}, [
    element('h1', { text: 'Going back to work after burnout' }),
    element('p', { text: 'Peer support circle · Be kind: everyone here is doing their best.' }),
  ]);

  const card = element('kin-check-in-card', { 'edit-minutes': '10' });
  // A host shows the viewer's latest check-in from its server; the memory client can list them.
  card.checkIn = client.listCheckIns?.().findLast((checkIn) => checkIn.author.id === viewer.id);
  const checkIn = element('section', { 'aria-labelledby': 'thread-check-in' }, [element('h2', { id: 'thread-check-in', text: 'Check in' }), card]);

  const list = element('ol', {});
  const saved = readReplies();
  for (const post of [...posts, ...saved]) list.append(postItem(post));

  const field = element('textarea', { id: 'thread-reply', name: 'reply', required: '' });
  const form = element('form', { 'aria-labelledby': 'thread-reply-heading' }, [
    element('h2', { id: 'thread-reply-heading', text: 'Reply' }),
    element('label', { for: 'thread-reply', text: `Your reply, as ${viewer.name}` }),
    element('kin-empathy-prompt', { 'support-on-distress': '' }, [field]),
    element('button', { text: 'Post reply' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = field.value.trim();
    if (!text) return;
    const reply = { id: `reply-${Date.now().toString(36)}`, author: viewer, time: new Date().toISOString(), text };
    localStorage.setItem(storageKey, JSON.stringify([...readReplies(), reply]));
    list.append(postItem(reply));
    form.reset();
  });

  const thread = element('section', { 'aria-labelledby': 'thread-posts' }, [element('h2', { id: 'thread-posts', text: 'Posts' }), list]);
  provider.append(style, header, checkIn, thread, form);
  container.replaceChildren(provider);
}

/** One post. Its words are set as text, never parsed as markup. */
function postItem({ id, author, time, text }) {
  const when = new Date(time);
  return element('li', {}, [
    element('article', { 'aria-labelledby': `${id}-author` }, [
      element('div', { class: 'meta' }, [
        element('strong', { id: `${id}-author`, text: author.name }),
        ' · ',
        element('time', { datetime: when.toISOString(), text: when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) }),
      ]),
      element('p', { text }),
      element('div', { class: 'actions' }, [
        element('kin-kudos-reactions', { subject: id }),
        element('kin-report-button', { subject: id, 'subject-type': 'post', 'author-id': author.id, 'author-name': author.name }),
      ]),
    ]),
  ]);
}

function element(tag, { text, ...attributes }, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

/** Saved replies; anything unreadable in storage is ignored rather than breaking the page. */
function readReplies() {
  try {
    const replies = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(replies)
      ? replies.filter((r) => typeof r?.id === 'string' && typeof r.text === 'string' && typeof r.author?.name === 'string' && typeof r.time === 'string')
      : [];
  } catch {
    return [];
  }
}
