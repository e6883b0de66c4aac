// From navigation start to an interactive check-in card (its first mood choice can take focus and
// the page is laid out): Kindred's card, whose code is fetched on demand like the baseline's,
// against a hand-written form with the same questions.
const kind = new URLSearchParams(location.search).get('kind');

function vanilla() {
  const form = document.createElement('form');
  const moods = document.createElement('fieldset');
  moods.innerHTML = '<legend>How are you doing today?</legend>';
  ['😔 Struggling', '🙁 Low', '😐 Okay', '🙂 Good', '😄 Great'].forEach((text, i) => {
    const label = document.createElement('label');
    label.innerHTML = `<input type="radio" name="mood" value="${i + 1}"> <span>${text}</span>`;
    moods.append(label);
  });
  const note = document.createElement('label');
  note.innerHTML = 'Add a note (optional) <textarea rows="3"></textarea>';
  const audience = document.createElement('fieldset');
  audience.innerHTML =
    '<legend>Who can see it?</legend><label><input type="radio" name="audience" checked> Just me</label><label><input type="radio" name="audience"> My circle</label><label><input type="radio" name="audience"> Community</label>';
  const button = Object.assign(document.createElement('button'), { textContent: 'Save just for me' });
  form.append(moods, note, audience, button);
  document.body.append(form);
  return form.querySelector('input');
}

async function kindred() {
  const { createMemoryClient } = await import('./check-in-kindred.js');
  const provider = document.createElement('kin-provider');
  provider.client = createMemoryClient({ viewer: { id: 'ana', name: 'Ana' } });
  provider.viewer = { id: 'ana', name: 'Ana' };
  const card = document.createElement('kin-check-in-card');
  provider.append(card);
  document.body.append(provider);
  await card.updateComplete;
  return card.shadowRoot.querySelector('input');
}

const input = kind === 'kindred' ? await kindred() : vanilla();
input.focus();
document.body.getBoundingClientRect();
window.interactiveAt = performance.now();
