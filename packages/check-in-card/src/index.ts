export { KinCheckInCard } from './check-in-card.js';
export { KinCheckInSubmitEvent, KinCheckInSubmittedEvent, KinSupportSentEvent } from './events.js';
export { checkInMessages, type CheckInMessages } from './messages.js';
