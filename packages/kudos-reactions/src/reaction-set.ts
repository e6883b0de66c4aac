/** One kind of reaction. Reactions always show a text label: never an emoji alone. */
export interface ReactionDefinition {
  /** Stable id, sent to the client. */
  id: string;
  /** Shown before the label; hidden from assistive technology. */
  emoji: string;
  label: string;
  /** A longer explanation, offered as the button's description. */
  description?: string;
  /** Left out in the distress context, where celebrating would jar. */
  celebratory?: boolean;
}

/** The default set. Its ids are fixed; its labels are translated by the element. */
export const defaultReactions: readonly ReactionDefinition[] = [
  { id: 'thanks', emoji: '🙏', label: 'Thank you' },
  { id: 'support', emoji: '🫶', label: 'Sending support' },
  { id: 'hear-you', emoji: '🤝', label: 'I hear you' },
  { id: 'proud', emoji: '🌱', label: 'Proud of you', celebratory: true },
  { id: 'hug', emoji: '🤗', label: 'Sending a hug' },
];

/** The usable definitions of a host-supplied set: each needs an id and a label, and ids are unique. */
export function validReactions(reactions: unknown): ReactionDefinition[] {
  if (!Array.isArray(reactions)) return [...defaultReactions];
  const seen = new Set<string>();
  return reactions.filter(
    (reaction: Partial<ReactionDefinition> | null): reaction is ReactionDefinition =>
      !!reaction?.id && typeof reaction.id === 'string' && typeof reaction.label === 'string' && !seen.has(reaction.id) && !!seen.add(reaction.id),
  );
}
