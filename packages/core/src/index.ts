export { announce, type AnnounceOptions, type Politeness } from './announcer.js';
export { kindredContext, type KindredContext } from './context.js';
export { defineElement, warnOnce } from './define.js';
export { DraftStore, draftLifetimeMs } from './draft-store.js';
export { KindredError, kindredErrorCodes, toKindredError, type KindredErrorCode, type KindredErrorDetails } from './errors.js';
export { KinErrorEvent, KinSignInRequestEvent } from './events.js';
export { createFetchClient, type FetchClientOptions } from './fetch-client.js';
export {
  defaultLocale,
  formatters,
  localeOf,
  type Catalog,
  type Formatters,
  type Message,
  type MessageArgs,
  type Messages,
  type PluralForms,
  type StringOverrides,
} from './i18n.js';
export { createIdempotencyKey } from './ids.js';
export { KindredController, type KindredHost } from './kindred-controller.js';
export { liveChecked } from './live-checked.js';
export {
  createMemoryClient,
  type MemoryClient,
  type MemoryClientOptions,
  type MemorySeed,
  type MemorySimulation,
  type StoredReport,
  type ViewerRelations,
} from './memory-client.js';
export { coreMessages, type CoreMessages } from './messages.js';
export {
  Outbox,
  OutboxDeliveredEvent,
  OutboxFailedEvent,
  outboxFor,
  type OutboxEntry,
  type OutboxInput,
  type OutboxKind,
  type OutboxResult,
  type SendResult,
} from './outbox.js';
export { OutboxController, type KindredSource, type OutboxControllerOptions } from './outbox-controller.js';
export { KinProvider } from './provider.js';
export { ReactionsLoader, reactionsLoaderFor, type ReactionsLoaderOptions } from './reactions-loader.js';
export { supportResources, usableResources, type SupportText } from './resources.js';
export { defaultStorage, type KeyValueStorage } from './storage.js';
export { buttonStyles, fieldStyles } from './styles.js';
export { tokenDefault, tokens, tokenStyles, type Token, type TokenName } from './tokens.js';
export * from './types.js';
export {
  clampCount,
  isMood,
  readCheckIn,
  readReactionSummaries,
  readReactionSummary,
  readReactorPage,
  readReportReceipt,
  readSupportReply,
} from './validate.js';
