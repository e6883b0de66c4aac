import { expect, html } from '@open-wc/testing';
import { createMemoryClient, KindredError, type KindredClient } from '@kindred/core';
import { announced, nextEvent, recordingClient } from '@kindred/test-utils';
import { ana, Flow, reportButton } from './helpers.js';

const rules = [
  { id: 'kind', title: 'Be kind', description: 'No put-downs.' },
  { id: 'no-ads', title: 'No advertising' },
];

describe('<kin-report-button> and its flow', () => {
  afterEach(() => localStorage.clear());

  it('names the button after what and whose, and opens a modal dialog named the same', async () => {
    const button = await reportButton(createMemoryClient({ viewer: ana }));
    const trigger = button.shadowRoot!.querySelector('[part~="button"]')!;
    expect(trigger.textContent!.trim()).to.equal('Report');
    expect(trigger.getAttribute('aria-label')).to.equal('Report comment by Sam');
    const flow = await Flow.open(button);
    expect(flow.isOpen).to.equal(true);
    expect(flow.root.querySelector('dialog')!.matches(':modal')).to.equal(true);
    expect(flow.root.querySelector('dialog')!.getAttribute('aria-label')).to.equal('Report comment by Sam');
    expect(flow.heading).to.equal('Why are you reporting this?');
    expect(flow.root.activeElement).to.equal(flow.root.querySelector('[part~="heading"]'));
  });

  it('walks a simple report through to a receipt, and the button then says "Reported"', async () => {
    const client = createMemoryClient({ viewer: ana });
    const button = await reportButton(client);
    const flow = await Flow.open(button);
    await flow.choose('Spam, scam or fake account');
    await flow.press('Next');
    expect(flow.heading).to.equal('Tell us more');
    await flow.type('What happened?', 'Same link in every thread');
    await flow.press('Next');
    expect(flow.heading).to.equal('Anything else?');
    await flow.press('Next');
    expect(flow.heading).to.equal('Check your report');
    expect(flow.text).to.contain('Spam, scam or fake account').and.contain('Same link in every thread');

    const submitted = nextEvent(button, 'kin-report-submitted');
    await flow.press('Send report');
    const receipt = (await submitted).detail;
    await flow.settle();
    expect(flow.heading).to.equal('Thank you for telling us');
    expect(flow.text).to.contain(`Your reference is ${receipt.id}.`).and.contain("Sam won't be told who reported them.");
    expect(client.listReports()).to.have.length(1);
    expect(client.listReports()[0]).to.include({ reason: 'spam', details: 'Same link in every thread', authorId: 'u7', subjectType: 'comment' });

    await flow.closeWith('Close');
    await button.updateComplete;
    const trigger = button.shadowRoot!.querySelector('[part~="button"]')!;
    expect(trigger.textContent!.trim()).to.equal('Reported (received)');
    expect(trigger.getAttribute('aria-label')).to.equal('Reported (received): comment by Sam');
  });

  describe('every reason', () => {
    const paths: [string, (flow: Flow) => Promise<void>, Record<string, unknown>][] = [
      ["I'm worried about this person", async () => {}, { reason: 'worried' }],
      ['Bullying or harassment', (flow) => flow.choose('Someone else'), { reason: 'bullying', target: 'someone-else' }],
      ['Hate or discrimination', async () => {}, { reason: 'hate' }],
      ['Threats or violence', async () => {}, { reason: 'threat' }],
      ['Sexual content or exploitation', async () => {}, { reason: 'sexual' }],
      ['Private information shared', async () => {}, { reason: 'private-info' }],
      ['Spam, scam or fake account', async () => {}, { reason: 'spam' }],
      ['Breaks community rules', (flow) => flow.choose('No advertising'), { reason: 'rules', ruleIds: ['no-ads'] }],
      [
        "I believe it's illegal",
        async (flow) => {
          await flow.type('Which law', 'Copyright');
          await flow.type('Explain why', 'It is my photo, posted without permission.');
          await flow.type('Your name', 'Ana Lima');
          await flow.type('Your email', 'ana@example.org');
          await flow.choose('I believe in good faith');
        },
        { reason: 'illegal' },
      ],
      ['Something else', (flow) => flow.type('What happened?', 'Impersonating a moderator'), { reason: 'other', details: 'Impersonating a moderator' }],
    ];
    for (const [label, fill, expected] of paths) {
      it(`sends "${label}"`, async () => {
        const client = createMemoryClient({ viewer: ana });
        const button = await reportButton(client, {
          content: html`<kin-report-button subject="comment-9" subject-type="comment" author-id="u7" author-name="Sam" subject-url="https://forum.example/t/1#c9" .rules=${rules}></kin-report-button>`,
        });
        const flow = await Flow.open(button);
        await flow.choose(label);
        await flow.press('Next');
        await fill(flow);
        await flow.press('Next');
        if (flow.heading === 'Anything else?') await flow.press('Next');
        expect(flow.heading).to.equal('Check your report');
        await flow.press('Send report');
        expect(flow.heading).to.equal('Thank you for telling us');
        const [sent] = client.listReports();
        expect(sent).to.deep.include(expected);
        if (label === "I believe it's illegal") {
          expect(sent!.notice).to.deep.equal({
            law: 'Copyright',
            explanation: 'It is my photo, posted without permission.',
            location: 'https://forum.example/t/1#c9',
            name: 'Ana Lima',
            email: 'ana@example.org',
            goodFaith: true,
          });
        }
      });
    }

    it('offers "Breaks community rules" only when the community has rules', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      expect(flow.text).not.to.contain('Breaks community rules');
    });
  });

  describe('worried about someone', () => {
    it('shows support resources at once and says how the community will reach out', async () => {
      const resources = [{ name: 'Samaritans', href: 'tel:116123', region: 'UK', description: 'Any time, day or night.' }];
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana }), { resources }));
      await flow.choose("I'm worried about this person");
      await flow.press('Next');
      expect(flow.heading).to.equal('Thank you for looking out for them');
      expect(flow.text).to.contain('someone can check in with Sam with care').and.contain('Samaritans (UK)');
      expect(flow.root.querySelector<HTMLAnchorElement>('[part~="resources"] a')!.href).to.equal('tel:116123');
    });

    it('points to finding local help when the host supplied no resources', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      await flow.choose("I'm worried about this person");
      await flow.press('Next');
      expect(flow.text).to.contain('call your local emergency number');
    });
  });

  describe('what it needs', () => {
    it('asks for a reason first, saying so next to the choices', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      await flow.press('Next');
      expect(flow.heading).to.equal('Why are you reporting this?');
      expect(flow.errorOf("I'm worried about this person")).to.equal('Please fill this in.');
      expect(flow.root.activeElement).to.equal(flow.control("I'm worried about this person"));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(announced('polite', flow.root)).to.equal('Some answers need another look.');
    });

    it('needs details for "Something else", and who bullying is aimed at', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      await flow.choose('Something else');
      await flow.press('Next');
      await flow.press('Next');
      expect(flow.errorOf('What happened?')).to.equal('Please fill this in.');
      expect(flow.control('What happened?').getAttribute('aria-invalid')).to.equal('true');
      await flow.press('Back');
      await flow.choose('Bullying or harassment');
      await flow.press('Next');
      await flow.press('Next');
      expect(flow.errorOf('Me')).to.equal('Please fill this in.');
    });

    it('validates the legal notice, waiving name and email for child sexual abuse material', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      await flow.choose("I believe it's illegal");
      await flow.press('Next');
      expect(flow.heading).to.equal('Notice of illegal content');
      expect(flow.control<HTMLInputElement>('Where it is').readOnly).to.equal(true);
      expect(flow.control<HTMLInputElement>('Where it is').value).to.equal(location.href);
      await flow.type('Your email', 'not-an-email');
      await flow.press('Next');
      expect(flow.errorOf('Which law')).to.equal('Please fill this in.');
      expect(flow.errorOf('Explain why')).to.equal('Please fill this in.');
      expect(flow.errorOf('Your name')).to.equal('Please fill this in.');
      expect(flow.errorOf('Your email')).to.equal('Enter an email address, like name@example.org.');
      expect(flow.errorOf('I believe in good faith')).to.equal('Please fill this in.');

      await flow.choose('It shows the sexual abuse of a child');
      expect(() => flow.control('Your name')).to.throw();
      await flow.type('Which law', 'CSAM');
      await flow.type('Explain why', 'Images of a child');
      await flow.choose('I believe in good faith');
      await flow.press('Next');
      expect(flow.heading).to.equal('Anything else?');
    });

    it('shows a visible limit and stops at it instead of cutting text', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      await flow.choose('Hate or discrimination');
      await flow.press('Next');
      const long = 'x'.repeat(2005);
      await flow.type('What happened?', long);
      expect(flow.text).to.contain('2,005 of 2,000 characters');
      await flow.press('Next');
      expect(flow.errorOf('What happened?')).to.equal('This is over the limit. Please shorten it.');
      expect(flow.control<HTMLTextAreaElement>('What happened?').value).to.have.length(2005);
    });
  });

  describe('never losing what was typed', () => {
    it('keeps everything when going back', async () => {
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      await flow.choose('Bullying or harassment');
      await flow.press('Next');
      await flow.choose('Me');
      await flow.type('What happened?', 'Every time I post');
      await flow.press('Back');
      expect(flow.control<HTMLInputElement>('Bullying or harassment').checked).to.equal(true);
      await flow.press('Next');
      expect(flow.control<HTMLInputElement>('Me').checked).to.equal(true);
      expect(flow.control<HTMLTextAreaElement>('What happened?').value).to.equal('Every time I post');
    });

    it('restores the draft in a new element, as after a reload, and clears it after sending', async () => {
      const client = createMemoryClient({ viewer: ana });
      const first = await Flow.open(await reportButton(client));
      await first.choose('Threats or violence');
      await first.press('Next');
      await first.type('What happened?', 'Said they would find me');
      first.dialog.close();

      const again = await Flow.open(await reportButton(client));
      expect(again.heading).to.equal('Tell us more');
      expect(again.text).to.contain('We kept what you wrote last time.');
      expect(again.control<HTMLTextAreaElement>('What happened?').value).to.equal('Said they would find me');
      await again.press('Next');
      await again.press('Next');
      await again.press('Send report');
      expect(client.listReports()[0]).to.include({ reason: 'threat', details: 'Said they would find me' });

      const third = await Flow.open(await reportButton(client, { content: html`<kin-report-button subject="comment-9" author-name="Sam"></kin-report-button>` }));
      expect(third.heading).to.equal('Thank you for telling us');
    });

    it('keeps drafts apart for different people on the same device', async () => {
      const client = createMemoryClient({ viewer: ana });
      const first = await Flow.open(await reportButton(client));
      await first.choose('Hate or discrimination');
      await first.press('Next');
      await first.type('What happened?', 'private to Ana');
      first.dialog.close();
      const ben = { id: 'ben', name: 'Ben' };
      const other = await Flow.open(await reportButton(client.as(ben), { viewer: ben }));
      expect(other.heading).to.equal('Why are you reporting this?');
    });
  });

  describe('sending once', () => {
    it('makes one report however often Send is pressed', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana, latencyMs: 80 }));
      const flow = await Flow.open(await reportButton(client));
      await flow.reviewSpam();
      const send = flow.button('Send report');
      send.click();
      send.click();
      await flow.settle();
      expect(flow.button('Sending…').getAttribute('aria-disabled')).to.equal('true');
      flow.button('Sending…').click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls.submitReport).to.have.length(1);
    });

    it('keeps an offline report in the outbox, says so, and delivers it exactly once later', async () => {
      const client = createMemoryClient({ viewer: ana, failureRate: 1 });
      const button = await reportButton(client);
      const flow = await Flow.open(button);
      await flow.reviewSpam();
      await flow.press('Send report');
      expect(flow.heading).to.equal('Saved, and on its way');
      expect(flow.text).to.contain("We'll send it as soon as you're back online.");
      await flow.closeWith('Close');
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal('Report saved');

      client.simulate({ failureRate: 0 });
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      for (let i = 0; i < 50 && client.listReports().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50));
      await button.updateComplete;
      expect(client.listReports()).to.have.length(1);
      expect(button.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal('Reported (received)');
    });

    it('turns a queued report the server later refuses back into a draft, and says so', async () => {
      const client = createMemoryClient({ viewer: ana, failureRate: 1 });
      const button = await reportButton(client);
      const flow = await Flow.open(button);
      await flow.choose('Something else');
      await flow.press('Next');
      await flow.type('What happened?', 'Pretending to be staff');
      await flow.press('Next');
      await flow.press('Next');
      await flow.press('Send report');
      expect(flow.heading).to.equal('Saved, and on its way');
      await flow.closeWith('Close');

      client.simulate({ failureRate: 1, failureCode: 'forbidden' });
      window.dispatchEvent(new Event('online'));
      const label = () => button.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim();
      for (let i = 0; i < 50 && label() !== 'Report'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await button.updateComplete;
      }
      expect(label()).to.equal('Report');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(announced()).to.equal("Your saved report couldn't be sent. Please open it and try again.");
      const again = await Flow.open(button);
      expect(again.heading).to.equal('Check your report');
      expect(again.text).to.contain('Pretending to be staff');
    });

    it('shows a server error with Retry, keeps everything, and retries the same report', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana, failureRate: 1, failureCode: 'server' }));
      const flow = await Flow.open(await reportButton(client));
      await flow.choose('Hate or discrimination');
      await flow.press('Next');
      await flow.type('What happened?', 'Slurs');
      await flow.press('Next');
      await flow.press('Next');
      const failed = nextEvent(flow.dialog, 'kin-error');
      await flow.press('Send report');
      expect((await failed).error.code).to.equal('server');
      await flow.settle();
      expect(flow.heading).to.equal('Check your report');
      expect(flow.text).to.contain("Your report couldn't be sent. Nothing you wrote is lost.");
      (client as unknown as { simulate(o: object): void }).simulate({ failureRate: 0 });
      await flow.press('Send report');
      expect(flow.heading).to.equal('Thank you for telling us');
      const keys = calls.submitReport.map((call) => (call[1] as { idempotencyKey: string }).idempotencyKey);
      expect(new Set(keys).size).to.equal(1);
    });

    it('points at the field the server refused', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const client: KindredClient = {
        ...memory,
        submitReport: async () => {
          throw new KindredError('invalid_input', 'Check the details', { status: 422, fields: { details: 'Please include a link.' } });
        },
      };
      const flow = await Flow.open(await reportButton(client));
      await flow.reviewSpam();
      await flow.press('Send report');
      await flow.settle();
      expect(flow.heading).to.equal('Tell us more');
      expect(flow.errorOf('What happened?')).to.equal('Please include a link.');
      expect(flow.root.activeElement).to.equal(flow.control('What happened?'));
    });

    it('treats a receipt without an id as a failure, not as "Reported"', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const client: KindredClient = { ...memory, submitReport: async () => ({ status: 'received' }) as never };
      const button = await reportButton(client);
      const flow = await Flow.open(button);
      await flow.reviewSpam();
      await flow.press('Send report');
      expect(flow.heading).to.equal('Check your report');
      expect(flow.text).to.contain("Your report couldn't be sent.");
      await flow.closeWith('Cancel');
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal('Report');
    });

    it('lets the host cancel kin-report-submit, and sends nothing', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana }));
      const button = await reportButton(client);
      button.addEventListener('kin-report-submit', (event) => {
        expect(event.detail).to.include({ subjectId: 'comment-9', reason: 'spam' });
        event.preventDefault();
      });
      const flow = await Flow.open(button);
      await flow.reviewSpam();
      await flow.press('Send report');
      expect(calls.submitReport).to.deep.equal([]);
      expect(flow.heading).to.equal('Check your report');
    });
  });

  describe('blocking and muting', () => {
    it('offers them after the details, explained, and applies what was chosen', async () => {
      const client = createMemoryClient({ viewer: ana });
      const flow = await Flow.open(await reportButton(client));
      await flow.choose('Bullying or harassment');
      await flow.press('Next');
      await flow.choose('Me');
      await flow.press('Next');
      expect(flow.heading).to.equal('Anything else?');
      expect(flow.text).to.contain("Sam won't be able to reach you").and.contain("You won't see Sam's posts. They won't be told.");
      await flow.choose('Block Sam');
      await flow.press('Next');
      expect(flow.text).to.contain('Block Sam');
      await flow.press('Send report');
      await flow.settle();
      expect(client.listRelations().blocked).to.deep.equal(['u7']);
    });

    it('skips the step when the client cannot block or mute', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const { getReactions, setReaction, submitReport, submitCheckIn } = memory;
      const flow = await Flow.open(await reportButton({ getReactions, setReaction, submitReport, submitCheckIn }));
      await flow.choose('Hate or discrimination');
      await flow.press('Next');
      await flow.press('Next');
      expect(flow.heading).to.equal('Check your report');
    });
  });

  describe('"I just don\'t want to see this"', () => {
    it('is not a report: it hides, mutes or blocks right away', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana }));
      const flow = await Flow.open(await reportButton(client));
      await flow.press("I just don't want to see this");
      expect(flow.heading).to.equal("You don't have to see it");
      await flow.press('Hide this comment');
      await flow.press('Mute Sam');
      expect(flow.button('Hide this comment').disabled).to.equal(true);
      expect(flow.button('Mute Sam').textContent).to.contain('✓');
      expect(calls.submitReport).to.deep.equal([]);
      expect(client.listRelations()).to.deep.equal({ blocked: [], muted: ['u7'], hidden: ['comment-9'] });
      await flow.press('Report it instead');
      expect(flow.heading).to.equal('Why are you reporting this?');
    });
  });

  describe('bad input', () => {
    it('names a subject type it has no word for as given', async () => {
      const button = await reportButton(createMemoryClient({ viewer: ana }), {
        content: html`<kin-report-button subject="r1" subject-type="recipe" author-name="Sam"></kin-report-button>`,
      });
      expect(button.shadowRoot!.querySelector('[part~="button"]')!.getAttribute('aria-label')).to.equal('Report recipe by Sam');
    });

    it('does not open a dialog without a subject', async () => {
      const { KinReportDialog } = await import('@kindred/report-button');
      const dialog = new KinReportDialog();
      document.body.append(dialog);
      await dialog.open();
      expect(dialog.isOpen).to.equal(false);
      dialog.remove();
    });

    it('starts afresh from a stored draft it cannot read', async () => {
      localStorage.setItem(`kindred:draft:report:${ana.id}:comment-9`, JSON.stringify({ savedAt: Date.now(), value: { step: 'warp' } }));
      const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
      expect(flow.heading).to.equal('Why are you reporting this?');
    });

    it('says so when muting fails, and lets the person try again', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const client: KindredClient = { ...memory, mute: () => Promise.reject(new KindredError('server')) };
      const flow = await Flow.open(await reportButton(client));
      await flow.press("I just don't want to see this");
      const failed = nextEvent(flow.dialog, 'kin-error');
      await flow.press('Mute Sam');
      expect((await failed).error.code).to.equal('server');
      await flow.settle();
      expect(flow.text).to.contain('Something went wrong on our side.');
      expect(flow.button('Mute Sam').disabled).to.equal(false);
    });

    it('disables the button and warns without a subject', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (text: string) => warnings.push(text);
      try {
        const button = await reportButton(createMemoryClient(), { content: html`<kin-report-button></kin-report-button>` });
        expect(button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.disabled).to.equal(true);
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('<kin-report-button> stays disabled'))).to.equal(true);
    });

    it('renders hostile names and rule titles as text', async () => {
      const evil = '<img src=x onerror="window.pwned=1">';
      const button = await reportButton(createMemoryClient({ viewer: ana }), {
        content: html`<kin-report-button subject="c" author-name=${evil} .rules=${[{ id: 'r', title: evil }]}></kin-report-button>`,
      });
      const flow = await Flow.open(button);
      await flow.choose('Breaks community rules');
      await flow.press('Next');
      expect(flow.text).to.contain(evil);
      expect(flow.root.querySelector('img')).to.equal(null);
      expect(button.shadowRoot!.querySelector('[part~="button"]')!.getAttribute('aria-label')).to.equal(`Report post by ${evil}`);
    });
  });

  describe('without a client', () => {
    it('hands the report to the host and thanks the person', async () => {
      const button = await reportButton(undefined);
      const submitted = nextEvent(button, 'kin-report-submit');
      const flow = await Flow.open(button);
      await flow.choose('Spam, scam or fake account');
      await flow.press('Next');
      await flow.press('Next');
      await flow.press('Send report');
      expect((await submitted).detail.reason).to.equal('spam');
      expect(flow.heading).to.equal('Thank you for telling us');
    });
  });
});
