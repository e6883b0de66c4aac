/** The signed-in person using the page. `null` in context means signed out. */
export interface Viewer {
  id: string;
  name: string;
}

/** Reaction counts on one subject, and which of them the viewer chose. */
export interface ReactionSummary {
  counts: Record<string, number>;
  mine: string[];
}

/** Why someone reports a subject. `worried` routes to care, not only enforcement. */
export type ReportReason =
  | 'worried'
  | 'bullying'
  | 'hate'
  | 'threat'
  | 'sexual'
  | 'private-info'
  | 'spam'
  | 'rules'
  | 'illegal'
  | 'other';

export const reportReasons: readonly ReportReason[] = [
  'worried',
  'bullying',
  'hate',
  'threat',
  'sexual',
  'private-info',
  'spam',
  'rules',
  'illegal',
  'other',
];

/** The EU Digital Services Act Article 16 notice that accompanies an `illegal` report. */
export interface IllegalContentNotice {
  /** Which law, or why the content is illegal. */
  law: string;
  explanation: string;
  /** Where the content is, usually its URL. */
  location: string;
  /** Required unless the notice concerns child sexual abuse material. */
  name?: string;
  email?: string;
  /** The notice concerns child sexual abuse material: name and email may be withheld (DSA Art. 16(2)(c)). */
  childAbuse?: boolean;
  goodFaith: boolean;
}

export interface ReportInput {
  subjectId: string;
  subjectType: string;
  authorId?: string;
  reason: ReportReason;
  /** For `bullying`: whether it is aimed at the reporter or at someone else. */
  target?: 'me' | 'someone-else';
  details?: string;
  /** Ids of the host's community rules, for `rules` reports. */
  ruleIds?: string[];
  notice?: IllegalContentNotice;
}

export type ReportStatus = 'received' | 'in-review' | 'action-taken' | 'no-action';

export const reportStatuses: readonly ReportStatus[] = ['received', 'in-review', 'action-taken', 'no-action'];

export interface ReportReceipt {
  /** Reference the reporter can quote. */
  id: string;
  status: ReportStatus;
  /** ISO 8601. */
  createdAt: string;
}

/** 1 Struggling · 2 Low · 3 Okay · 4 Good · 5 Great. */
export type Mood = 1 | 2 | 3 | 4 | 5;

/** Who may see a check-in. `self` is the default and means nobody else. */
export type Audience = 'self' | 'circle' | 'community';

export const audiences: readonly Audience[] = ['self', 'circle', 'community'];

export interface CheckInInput {
  mood: Mood;
  note?: string;
  audience: Audience;
}

export interface CheckIn extends CheckInInput {
  id: string;
  author: Viewer;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, when the check-in stops being shown. */
  expiresAt?: string;
}

/** The structured replies people can send to someone's check-in. */
export type SupportKind = 'support' | 'thinking-of-you' | 'want-to-talk';

export const supportKinds: readonly SupportKind[] = ['support', 'thinking-of-you', 'want-to-talk'];

export interface SupportInput {
  kind: SupportKind;
  note?: string;
}

export interface SupportReply extends SupportInput {
  id: string;
  checkInId: string;
  author: Viewer;
  /** ISO 8601. */
  createdAt: string;
}

/** A place to get help, shown by components when someone may be struggling. */
export interface SupportResource {
  name: string;
  description?: string;
  /** An `https:`, `tel:` or `sms:` link. */
  href: string;
  /** Where it is available, as people would say it ("UK", "Worldwide"). */
  region?: string;
  /** The language it serves (BCP 47); shown to everyone when absent. */
  lang?: string;
}

/** One page of the people who chose a reaction. */
export interface ReactorPage {
  reactors: Viewer[];
  /** Everyone who chose it, including people not listed (anonymous or on later pages). */
  total: number;
  /** Pass back to get the next page; absent on the last one. */
  nextCursor?: string;
}

/** Called with a subject's latest summary, as seen by the subscribed viewer. */
export type ReactionListener = (subjectId: string, summary: ReactionSummary) => void;

/** Every mutating call carries a key; the same key must never create a second record. */
export interface RequestOptions {
  idempotencyKey: string;
}

/**
 * The backend Kindred components talk to. The first four methods are the fixed contract; the
 * optional ones light up features where a client offers them.
 */
export interface KindredClient {
  getReactions(subjectIds: string[]): Promise<Record<string, ReactionSummary>>;
  setReaction(subjectId: string, reactionId: string, on: boolean, opts: RequestOptions): Promise<ReactionSummary>;
  submitReport(input: ReportInput, opts: RequestOptions): Promise<ReportReceipt>;
  submitCheckIn(input: CheckInInput, opts: RequestOptions): Promise<CheckIn>;
  /** Who chose a reaction, a page at a time. Enables "who reacted". */
  listReactors?(subjectId: string, reactionId: string, opts?: { cursor?: string; limit?: number }): Promise<ReactorPage>;
  /** Pushes changes other people make to these subjects; returns a function that stops it. */
  subscribe?(subjectIds: string[], listener: ReactionListener): () => void;
  /** Where a report the viewer made has got to. */
  getReportStatus?(reportId: string): Promise<ReportReceipt>;
  /** The viewer stops seeing this person and they cannot reach the viewer. */
  block?(userId: string, opts: RequestOptions): Promise<void>;
  /** The viewer stops seeing this person's posts; they are not told. */
  mute?(userId: string, opts: RequestOptions): Promise<void>;
  /** The viewer stops seeing this one post. */
  hide?(subjectId: string, opts: RequestOptions): Promise<void>;
  /** Changes the viewer's own check-in, within the host's edit window. */
  updateCheckIn?(checkInId: string, input: CheckInInput, opts: RequestOptions): Promise<CheckIn>;
  /** A structured, supportive reply to someone's check-in. */
  sendSupport?(checkInId: string, input: SupportInput, opts: RequestOptions): Promise<SupportReply>;
}

/** Limits both shipped clients enforce and components show to people. */
export const limits = {
  reportDetails: 2000,
  checkInNote: 500,
  supportNote: 280,
} as const;
