import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, until } from '../browser.js';

let site;
before(async () => (site = await launch()));
after(() => site.close());

const heard = ['kin-reaction-change', 'kin-report-submitted', 'kin-check-in-submitted', 'kin-empathy-nudge', 'kin-empathy-decision'];

test('the static community thread: react, report, check in and reply, then reload and find it all', async () => {
  const { page, errors } = await openPage(site.browser);
  await page.goto(`${site.url}/examples/community/index.html`);
  // The test is the host app: it listens as a page's own script would.
  await page.evaluate((types) => {
    window.heard = [];
    for (const type of types) document.addEventListener(type, (event) => window.heard.push(type === 'kin-empathy-decision' ? `${type}:${event.detail.decision}` : type));
  }, heard);
  const maya = page.locator('ol > li > article').first();

  const thanks = maya.getByRole('button', { name: /^Thank you/ });
  await thanks.click();
  await until(page, 'the reaction is confirmed', () => window.heard.includes('kin-reaction-change'));
  assert.equal(await thanks.getAttribute('aria-pressed'), 'true');

  await maya.getByRole('button', { name: 'Report post by Maya' }).click();
  await page.getByRole('radio', { name: /Spam, scam or fake account/ }).check();
  for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Send report' }).click();
  await until(page, 'the report is received', () => window.heard.includes('kin-report-submitted'));
  await page.keyboard.press('Escape');

  await page.getByRole('radio', { name: 'Good' }).check();
  await page.getByRole('button', { name: 'Save just for me' }).click();
  await until(page, 'the check-in is saved', () => window.heard.includes('kin-check-in-submitted'));

  const reply = page.getByRole('textbox', { name: 'Your reply, as You' });
  await reply.fill('Nobody asked, you clown.');
  await until(page, 'the hint names the words', () =>
    document.querySelector('kin-empathy-prompt').shadowRoot.querySelector('[role="status"]').textContent.includes('Nobody asked'),
  );
  await page.getByRole('button', { name: 'Post reply' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Edit' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'thread-reply');
  await reply.fill('Rooting for you, Maya. Go gently <b>this</b> week.');
  await page.getByRole('button', { name: 'Post reply' }).click();
  const posted = page.locator('ol > li > article').nth(3);
  await posted.waitFor();
  assert.equal(await posted.locator(':scope > p').textContent(), 'Rooting for you, Maya. Go gently <b>this</b> week.');
  assert.deepEqual(await page.evaluate(() => window.heard), [
    'kin-reaction-change',
    'kin-report-submitted',
    'kin-check-in-submitted',
    'kin-empathy-nudge',
    'kin-empathy-nudge',
    'kin-empathy-decision:edited',
  ]);

  await page.reload();
  await until(page, 'the reaction is still given', () =>
    document.querySelector('kin-kudos-reactions').shadowRoot.querySelector('[data-key="reaction:thanks"]')?.getAttribute('aria-pressed') === 'true',
  );
  assert.equal(await page.locator('ol > li > article').count(), 4);
  await page.locator('kin-check-in-card').getByText('You checked in').waitFor();
  assert.match(await page.locator('kin-check-in-card .mood-line').textContent(), /Good/);
  assert.match(await page.locator('ol > li > article').nth(3).textContent(), /Rooting for you, Maya/);
  const stored = await page.evaluate(() => localStorage.getItem('kindred:memory-client'));
  assert.match(stored, /post-1/);
  assert.match(stored, /spam/);
  assert.deepEqual(errors, []);
});
