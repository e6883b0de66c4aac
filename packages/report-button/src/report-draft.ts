import { limits, reportReasons, type IllegalContentNotice, type ReportInput, type ReportReason } from '@kindred/core';

/** A rule of the host community, offered for "Breaks community rules". */
export interface CommunityRule {
  id: string;
  title: string;
  description?: string;
}

export type Step = 'reason' | 'details' | 'actions' | 'review' | 'done' | 'avoid' | 'confirm-close';

/** Everything the person has chosen and typed, saved as they go. */
export interface ReportDraft {
  step: Step;
  reason?: ReportReason;
  target?: 'me' | 'someone-else';
  details: string;
  ruleIds: string[];
  notice: Required<Omit<IllegalContentNotice, 'location'>>;
  block: boolean;
  mute: boolean;
  /** Made at the first attempt and kept, so every retry is the same report. */
  key?: string;
}

export type Field = 'reason' | 'target' | 'details' | 'ruleIds' | 'law' | 'explanation' | 'name' | 'email' | 'goodFaith';

/** The message ids of what a field needs, keyed by field. */
export type Problems = Partial<Record<Field, 'report.required' | 'report.tooLong' | 'report.email'>>;

export function emptyDraft(): ReportDraft {
  return {
    step: 'reason',
    details: '',
    ruleIds: [],
    notice: { law: '', explanation: '', name: '', email: '', childAbuse: false, goodFaith: false },
    block: false,
    mute: false,
  };
}

const steps: readonly Step[] = ['reason', 'details', 'actions', 'review', 'done', 'avoid', 'confirm-close'];

/** A stored draft, if it still has the shape this version writes. */
export function parseDraft(value: unknown): ReportDraft | undefined {
  const draft = value as Partial<ReportDraft> | undefined;
  if (
    !draft ||
    !steps.includes(draft.step!) ||
    typeof draft.details !== 'string' ||
    !Array.isArray(draft.ruleIds) ||
    typeof draft.notice !== 'object' ||
    (draft.reason !== undefined && !reportReasons.includes(draft.reason))
  ) {
    return undefined;
  }
  return { ...emptyDraft(), ...draft, notice: { ...emptyDraft().notice, ...draft.notice } };
}

/** Whether the person has written anything that closing would set aside. */
export function hasTyped(draft: ReportDraft): boolean {
  const { law, explanation, name, email } = draft.notice;
  return [draft.details, law, explanation, name, email].some((text) => text.trim() !== '');
}

const blank = (text: string) => text.trim() === '';

/** What stops the draft from being sent, by field. Empty when it can go. */
export function problems(draft: ReportDraft): Problems {
  const found: Problems = {};
  if (!draft.reason) found.reason = 'report.required';
  if (draft.details.length > limits.reportDetails) found.details = 'report.tooLong';
  else if (draft.reason === 'other' && blank(draft.details)) found.details = 'report.required';
  if (draft.reason === 'bullying' && !draft.target) found.target = 'report.required';
  if (draft.reason === 'rules' && draft.ruleIds.length === 0) found.ruleIds = 'report.required';
  if (draft.reason === 'illegal') {
    const { law, explanation, name, email, childAbuse, goodFaith } = draft.notice;
    if (blank(law)) found.law = 'report.required';
    if (blank(explanation)) found.explanation = 'report.required';
    if (!childAbuse && blank(name)) found.name = 'report.required';
    if (!childAbuse && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = blank(email) ? 'report.required' : 'report.email';
    if (!goodFaith) found.goodFaith = 'report.required';
  }
  return found;
}

export interface Subject {
  subject: string;
  subjectType: string;
  authorId: string;
  location: string;
}

/** The report the client receives: only what the chosen reason asks for. */
export function toReportInput(draft: ReportDraft, { subject, subjectType, authorId, location }: Subject): ReportInput {
  const { law, explanation, name, email, childAbuse, goodFaith } = draft.notice;
  return {
    subjectId: subject,
    subjectType,
    reason: draft.reason!,
    ...(authorId && { authorId }),
    ...(draft.details.trim() && { details: draft.details.trim() }),
    ...(draft.reason === 'bullying' && { target: draft.target! }),
    ...(draft.reason === 'rules' && { ruleIds: draft.ruleIds }),
    ...(draft.reason === 'illegal' && {
      notice: {
        law: law.trim(),
        explanation: explanation.trim(),
        location,
        goodFaith,
        ...(childAbuse ? { childAbuse } : { name: name.trim(), email: email.trim() }),
      },
    }),
  };
}

/** A queued report the server later refused, turned back into a draft so nothing is lost. */
export function draftFromInput(input: ReportInput): ReportDraft {
  const draft = emptyDraft();
  return {
    ...draft,
    step: 'review',
    reason: input.reason,
    details: input.details ?? '',
    ruleIds: input.ruleIds ?? [],
    ...(input.target && { target: input.target }),
    notice: { ...draft.notice, ...input.notice },
  };
}
