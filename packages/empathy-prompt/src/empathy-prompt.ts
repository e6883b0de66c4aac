import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce, buttonStyles, KindredController, tokenStyles, warnOnce, type StringOverrides } from '@kindred/core';
import { analyze, defaultThreshold, english, spanish, type Analysis, type Language, type Span, type Suggestion } from './analyzer/index.js';
import { styles } from './empathy-prompt.styles.js';
import { KinEmpathyDecisionEvent, KinEmpathyNudgeEvent, type EmpathyDecision, type EmpathyNudgeKind } from './events.js';
import { readAnalysis, readSuggestions, withTimeout, type HostAnalyzer, type SuggestionGenerator } from './host-analyzer.js';
import { empathyMessages, type CategoryKey, type EmpathyMessages } from './messages.js';

type Field = HTMLTextAreaElement | HTMLInputElement;

const calm: Analysis = { harsh: false, score: 0, categories: [], spans: [], selfDisclosure: false, suggestions: [] };
/** Long enough to wait for a pause in typing, short enough to feel attentive. */
const pauseMs = 400;
/** Words named in a hint: enough to find them, few enough to read. */
const namedWords = 3;

/**
 * A gentle second look at a reply before it is posted. Wrapped around a textarea (or pointed at
 * one with `for`), it reads the draft on the device after each pause in typing. When the draft
 * reads as harsh, a polite hint below the field names the words and offers kinder phrasings; it
 * never takes focus and goes away when the draft is fine. When the form is submitted with a harsh
 * draft, it holds the submission once and asks: Edit, Post anyway, or "This isn't harsh". Posting
 * is never blocked.
 *
 * Someone writing about their own pain ("I feel worthless") is never nudged; with
 * `support-on-distress`, they are offered the provider's support resources instead.
 *
 * The draft never leaves the device, unless the host supplies an `analyzer` or a `suggest`
 * generator that sends it somewhere. Events say what was noticed, not what was written, unless
 * the host sets `include-text`.
 *
 * @summary Nudges harsh drafts toward kindness, on the device, without ever blocking a post.
 * @fires kin-empathy-nudge - A hint or the pre-submit prompt was shown; `detail` has the kind, score, categories and spans.
 * @fires kin-empathy-decision - The person answered a nudge: `edited` (changed the words, or chose Edit), `posted-anyway`, `dismissed` (closed the prompt with Escape) or `feedback-not-harsh`.
 * @slot - The textarea or input to watch (unless `for` names one).
 * @csspart hint - The hint shown while typing.
 * @csspart suggestions - Kinder phrasings, in the hint and in the prompt.
 * @csspart machine - The label on suggestions written by the host's generator.
 * @csspart why - "Why am I seeing this?" and its answer.
 * @csspart not-harsh - The "This isn't harsh" button.
 * @csspart prompt - The pre-submit prompt.
 * @csspart edit - The prompt's Edit button.
 * @csspart post-anyway - The prompt's Post anyway button.
 * @csspart support - Support offered to someone writing about their own pain.
 * @csspart resources - The support resources in it.
 * @cssprop --kin-empathy-accent - The edge of the hint and the prompt.
 */
export class KinEmpathyPrompt extends LitElement {
  static override styles = [tokenStyles, buttonStyles, styles];

  /** The id of the field to watch, in the same document or shadow root. Without it, the slotted field. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Score from 0 to 1 at which a draft counts as harsh. Unset or out of range: the analyzer's default, 0.5. */
  @property({ type: Number }) threshold?: number;

  /** When someone writes about their own pain, offer the provider's support resources. */
  @property({ type: Boolean, attribute: 'support-on-distress' }) supportOnDistress = false;

  /** Put the draft in `kin-empathy-nudge` and `kin-empathy-decision` events. Off: events carry no text. */
  @property({ type: Boolean, attribute: 'include-text' }) includeText = false;

  /** A host analyzer to use in place of the on-device one; it may return a promise. */
  @property({ attribute: false }) analyzer?: HostAnalyzer;

  /** A host generator of kinder phrasings, such as a language model; its suggestions are labelled as machine-written. */
  @property({ attribute: false }) suggest?: SuggestionGenerator;

  /** Milliseconds to wait for `analyzer` or `suggest` before falling back to the on-device analyzer and its suggestions. */
  @property({ type: Number, attribute: 'analyzer-timeout' }) analyzerTimeout = 1000;

  /** Replacement strings by locale and message id. */
  @property({ attribute: false }) strings?: StringOverrides<EmpathyMessages>;

  @state() private analysis: Analysis = calm;
  /** The pre-submit prompt, open with the analysis it is about. */
  @state() private prompt?: Analysis;
  /** The person said this draft isn't harsh: no more nudges for it. */
  @state() private notHarsh = false;

  private readonly kindred = new KindredController<EmpathyMessages>(this, empathyMessages);
  private root?: Document | ShadowRoot;
  private timer?: ReturnType<typeof setTimeout>;
  /** Each reading is numbered, so a slow answer about an older draft is ignored. */
  private reading = 0;
  /** The text the shown analysis is about; `undefined` when it must be read afresh. */
  private readText?: string;
  /** The draft had its pre-submit prompt: it is not held again. */
  private prompted = false;
  /** A hint is showing and its nudge was sent. */
  private hinted = false;
  /** The draft was posted: the next words typed start a new one. */
  private posted = false;
  /** Set while "Post anyway" resubmits, so the submission passes. */
  private passing = false;
  private submitter?: HTMLElement;
  private supportAnnounced = false;
  private readLocale = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Listening at the root, rather than on the field, follows a field that is replaced or added later.
    this.root = this.getRootNode() as Document | ShadowRoot;
    this.root.addEventListener('input', this.onInput, true);
    this.root.addEventListener('submit', this.onSubmit, true);
    this.root.addEventListener('reset', this.onReset, true);
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.root?.removeEventListener('input', this.onInput, true);
    this.root?.removeEventListener('submit', this.onSubmit, true);
    this.root?.removeEventListener('reset', this.onReset, true);
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new way of reading, or a new language: read the draft again.
    const changedHow = ['analyzer', 'suggest', 'threshold', 'htmlFor'].some((name) => changed.has(name as keyof KinEmpathyPrompt));
    if (this.hasUpdated && (changedHow || this.kindred.locale !== this.readLocale)) {
      this.readText = undefined;
      this.schedule();
    }
    this.readLocale = this.kindred.locale;
  }

  /** The field watched: by `for`, else the first textarea or input inside. Looked up each time. */
  private get field(): Field | undefined {
    const found = this.htmlFor ? this.root?.getElementById(this.htmlFor) : this.querySelector('textarea, input');
    if (found instanceof HTMLTextAreaElement || found instanceof HTMLInputElement) return found;
    if (found) warnOnce(`<kin-empathy-prompt for="${this.htmlFor}"> points at a <${found.localName}>; it watches a textarea or an input.`);
    return undefined;
  }

  private get options(): { threshold: number; language: Language } {
    const { threshold } = this;
    return {
      threshold: typeof threshold === 'number' && threshold >= 0 && threshold <= 1 ? threshold : defaultThreshold,
      language: this.kindred.locale.toLowerCase().startsWith('es') ? spanish : english,
    };
  }

  private readonly onInput = (event: Event): void => {
    if (event.target === this.field) this.schedule();
  };

  private readonly onReset = (event: Event): void => {
    if (event.target === this.field?.form) {
      this.newDraft();
      this.schedule();
    }
  };

  /** Reads the draft after a pause in typing: nothing runs on the keystroke itself. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.read(), pauseMs);
  }

  private async read(): Promise<void> {
    const text = this.field?.value ?? '';
    if (this.posted || !text.trim()) this.newDraft();
    if (text === this.readText) return;
    const reading = ++this.reading;
    const analysis = await this.evaluate(text);
    if (reading !== this.reading) return;
    this.readText = text;
    this.show(analysis);
  }

  /**
   * The analysis of `text`: the host's analyzer when there is one and it answers in time with
   * something that is an analysis, else the on-device one; with the host's suggestions if any.
   */
  private async evaluate(text: string): Promise<Analysis> {
    const { options } = this;
    let analysis: Analysis | undefined;
    if (this.analyzer && text.trim()) {
      try {
        analysis = readAnalysis(await withTimeout(this.analyzer(text, options), this.analyzerTimeout), text, options.threshold);
        if (!analysis) warnOnce('<kin-empathy-prompt>: the host analyzer answered with something that is not an analysis; the on-device analyzer was used.');
      } catch {
        warnOnce('<kin-empathy-prompt>: the host analyzer failed or took too long; the on-device analyzer was used.');
      }
    }
    analysis ??= analyze(text, options);
    return analysis.harsh && this.suggest ? { ...analysis, suggestions: await this.generate(text, analysis) } : analysis;
  }

  private async generate(text: string, analysis: Analysis): Promise<Suggestion[]> {
    try {
      const written = readSuggestions(await withTimeout(this.suggest!(text, analysis), this.analyzerTimeout), analysis.categories[0] ?? 'insult', true);
      if (written.length) return written;
    } catch {
      warnOnce('<kin-empathy-prompt>: the suggestion generator failed or took too long; the built-in suggestions were used.');
    }
    return analysis.suggestions;
  }

  private show(analysis: Analysis): void {
    const wasHinted = this.hinted;
    this.analysis = analysis;
    // The prompt, when open, says it all.
    this.hinted = analysis.harsh && !this.notHarsh && !this.prompt;
    if (this.hinted && !wasHinted) this.nudge('hint', analysis);
    // The words were changed after a hint and the draft is fine now: the hint led to a revision.
    if (wasHinted && !analysis.harsh && !this.prompt) this.decide('edited', analysis);
    const support = this.supportOnDistress && analysis.selfDisclosure;
    if (support && !this.supportAnnounced) announce(this.kindred.t('empathy.support.title'), { from: this });
    this.supportAnnounced = support;
  }

  private newDraft(): void {
    this.prompted = false;
    this.posted = false;
    this.notHarsh = false;
    this.prompt = undefined;
  }

  private readonly onSubmit = (event: Event): void => {
    const field = this.field;
    if (!field || event.target !== field.form || this.passing) return;
    if (this.posted) this.newDraft();
    const text = field.value;
    if (this.prompted || this.notHarsh || !text.trim()) {
      this.posted = true;
      return;
    }
    // Known already, or read now: the on-device analyzer answers at once.
    const known = text === this.readText ? this.analysis : this.analyzer ? undefined : analyze(text, this.options);
    if (known && !known.harsh) {
      this.posted = true;
      return;
    }
    // Held once: the person decides what happens next.
    event.preventDefault();
    event.stopImmediatePropagation();
    this.submitter = (event as SubmitEvent).submitter ?? undefined;
    if (known) {
      void this.openPrompt(known);
      return;
    }
    void this.evaluate(text).then((analysis) => (analysis.harsh ? this.openPrompt(analysis) : this.post()));
  };

  private async openPrompt(analysis: Analysis): Promise<void> {
    this.prompted = true;
    this.prompt = analysis;
    this.nudge('prompt', analysis);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="prompt"]')?.focus();
  }

  /** Submits the form as the person first tried to, letting it pass this time. */
  private post(): void {
    const form = this.field?.form;
    if (!form) return;
    const submitter = this.submitter?.isConnected && (this.submitter as HTMLButtonElement).form === form ? this.submitter : null;
    this.passing = true;
    this.posted = true;
    try {
      form.requestSubmit(submitter);
    } finally {
      this.passing = false;
    }
  }

  private close(decision: EmpathyDecision): void {
    const analysis = this.prompt ?? this.analysis;
    this.decide(decision, analysis);
    this.prompt = undefined;
    this.hinted = false;
    if (decision === 'posted-anyway' || decision === 'feedback-not-harsh') {
      this.post();
    } else {
      this.returnToField(decision === 'edited' ? analysis.spans[0] : undefined);
    }
  }

  private saidNotHarsh(): void {
    this.notHarsh = true;
    if (this.prompt) {
      announce(this.kindred.t('empathy.thanks'), { from: this });
      this.close('feedback-not-harsh');
      return;
    }
    this.decide('feedback-not-harsh', this.analysis);
    this.hinted = false;
    this.returnToField();
  }

  /** Focus back in the field, with the first triggering word selected so it can be retyped. */
  private returnToField(select?: Span): void {
    const field = this.field;
    if (!field) return;
    field.focus();
    if (select && field.value.slice(select.start, select.end) === select.text) {
      try {
        field.setSelectionRange(select.start, select.end);
      } catch {
        // Some input types (email, number) have no selection; focus is enough.
      }
    }
  }

  private nudge(kind: EmpathyNudgeKind, { score, categories, spans }: Analysis): void {
    const text = this.includeText ? this.field?.value : undefined;
    this.dispatchEvent(
      new KinEmpathyNudgeEvent({
        kind,
        score,
        categories,
        spans: spans.map(({ text: words, ...span }) => (this.includeText ? { ...span, text: words } : span)),
        ...(text !== undefined && { text }),
      }),
    );
  }

  private decide(decision: EmpathyDecision, { score, categories }: Analysis): void {
    const text = this.field?.value;
    this.dispatchEvent(new KinEmpathyDecisionEvent({ decision, score, categories, ...(this.includeText && text !== undefined && { text }) }));
  }

  /** The distinct triggering words, a few of them. */
  private words(analysis: Analysis): string[] {
    return [...new Set(analysis.spans.map((span) => span.text.trim()))].slice(0, namedWords);
  }

  private renderSuggestions(analysis: Analysis): TemplateResult | typeof nothing {
    if (!analysis.suggestions.length) return nothing;
    const machine = analysis.suggestions.some((suggestion) => suggestion.machine);
    return html`<div part="suggestions">
      <p>${this.kindred.t('empathy.try')}${machine ? html` <span part="machine">(${this.kindred.t('empathy.machine')})</span>` : nothing}</p>
      <ul>
        ${analysis.suggestions.map((suggestion) => html`<li>${suggestion.text}</li>`)}
      </ul>
    </div>`;
  }

  private renderWhy(analysis: Analysis): TemplateResult {
    const noticed = analysis.categories.map((category) => this.kindred.t(`empathy.category.${category}` as CategoryKey));
    return html`<details part="why">
      <summary>${this.kindred.t('empathy.why')}</summary>
      <p>
        ${this.kindred.t(this.analyzer || this.suggest ? 'empathy.why.host' : 'empathy.why.local')}
        ${noticed.length ? this.kindred.t('empathy.why.noticed', { categories: noticed }) : nothing}
      </p>
    </details>`;
  }

  private renderPrompt(analysis: Analysis): TemplateResult {
    const words = this.words(analysis);
    return html`<div
      part="prompt"
      role="alertdialog"
      aria-labelledby="prompt-title"
      aria-describedby="prompt-body"
      tabindex="-1"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.close('dismissed')}
    >
      <h2 id="prompt-title">${this.kindred.t('empathy.prompt.title')}</h2>
      <div id="prompt-body">
        <p>${this.kindred.t('empathy.prompt.body')}</p>
        ${words.length ? html`<p>${this.kindred.t('empathy.prompt.words', { words })}</p>` : nothing}
      </div>
      ${this.renderSuggestions(analysis)}
      <div class="actions">
        <button part="edit" class="primary" @click=${() => this.close('edited')}>${this.kindred.t('empathy.edit')}</button>
        <button part="post-anyway" @click=${() => this.close('posted-anyway')}>${this.kindred.t('empathy.postAnyway')}</button>
        <button part="not-harsh" @click=${() => this.saidNotHarsh()}>${this.kindred.t('empathy.notHarsh')}</button>
      </div>
    </div>`;
  }

  override render() {
    const { analysis, prompt } = this;
    const hint = analysis.harsh && !prompt && !this.notHarsh;
    const thanks = analysis.harsh && this.notHarsh && !prompt;
    return html`<slot></slot>
      <div part="hint" class=${hint || thanks ? 'shown' : ''}>
        <div role="status">
          ${hint ? html`<p>${this.kindred.t('empathy.hint', { words: this.words(analysis) })}</p>${this.renderSuggestions(analysis)}` : nothing}
          ${thanks ? html`<p>${this.kindred.t('empathy.thanks')}</p>` : nothing}
        </div>
        ${hint
          ? html`${this.renderWhy(analysis)}
              <button part="not-harsh" @click=${() => this.saidNotHarsh()}>${this.kindred.t('empathy.notHarsh')}</button>`
          : nothing}
      </div>
      ${prompt ? this.renderPrompt(prompt) : nothing}
      ${this.supportOnDistress && analysis.selfDisclosure
        ? html`<div part="support" role="region" aria-labelledby="support-title">
            <h2 id="support-title">${this.kindred.t('empathy.support.title')}</h2>
            <p>${this.kindred.t('empathy.support.body')}</p>
            ${this.kindred.renderResources()}
          </div>`
        : nothing}`;
  }
}
