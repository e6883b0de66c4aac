import {
  DraftStore,
  readReportReceipt,
  type OutboxDeliveredEvent,
  type OutboxFailedEvent,
  type ReportInput,
  type ReportReceipt,
} from '@kindred/core';
import { draftFromInput, parseDraft, type ReportDraft } from './report-draft.js';

/** What this device knows of a report the viewer made: its receipt, or that it waits to be sent. */
export type SavedReport = { receipt: ReportReceipt } | { queued: true };

function parseSaved(value: unknown): SavedReport | undefined {
  const saved = value as { receipt?: unknown; queued?: unknown } | undefined;
  if (saved?.queued === true) return { queued: true };
  try {
    return { receipt: readReportReceipt(saved?.receipt) };
  } catch {
    return undefined;
  }
}

// Kept per viewer and subject: on a shared device, one person's reports and drafts are not another's.
export const scope = (viewerId: string | null | undefined, subject: string) => `${viewerId ?? '-'}:${subject}`;

export const savedReports = new DraftStore<SavedReport>('report-saved', parseSaved);
export const reportDrafts = new DraftStore<ReportDraft>('report', parseDraft);

/** Records a queued report's delivery; returns its subject, or undefined if it was not a report. */
export function recordDelivery({ entry, result }: OutboxDeliveredEvent): string | undefined {
  if (entry.kind !== 'report') return undefined;
  const { subjectId } = entry.input as ReportInput;
  savedReports.set(scope(entry.viewerId, subjectId), { receipt: result as ReportReceipt });
  return subjectId;
}

/** A queued report the server refused goes back to being a draft; returns its subject. */
export function recordRefusal({ entry }: OutboxFailedEvent): string | undefined {
  if (entry.kind !== 'report') return undefined;
  const input = entry.input as ReportInput;
  savedReports.delete(scope(entry.viewerId, input.subjectId));
  reportDrafts.set(scope(entry.viewerId, input.subjectId), draftFromInput(input));
  return input.subjectId;
}
