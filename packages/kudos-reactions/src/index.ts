export { KinReactionChangeEvent, KinReactionToggleEvent } from './events.js';
export { KinKudosReactions } from './kudos-reactions.js';
export { kudosMessages, type KudosMessages } from './messages.js';
export { defaultReactions, type ReactionDefinition } from './reaction-set.js';
