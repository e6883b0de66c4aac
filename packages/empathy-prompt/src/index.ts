export { KinEmpathyPrompt } from './empathy-prompt.js';
export {
  KinEmpathyDecisionEvent,
  KinEmpathyNudgeEvent,
  type EmpathyDecision,
  type EmpathyDecisionDetail,
  type EmpathyNudge,
  type EmpathyNudgeKind,
} from './events.js';
export type { HostAnalyzer, HostAnalyzerOptions, SuggestionGenerator } from './host-analyzer.js';
export { empathyMessages, type EmpathyMessages } from './messages.js';
