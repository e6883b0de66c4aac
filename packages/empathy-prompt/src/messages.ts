import type { Formatters } from '@kindred/core';
import type { Category } from './analyzer/index.js';

type Words = { words: readonly string[] };
const quoted = (words: readonly string[], format: Formatters, open = '“', close = '”') => format.list(words.map((word) => `${open}${word}${close}`));

const en = {
  'empathy.hint': ({ words }: Words, format: Formatters) =>
    words.length ? `This might come across as harsh: ${quoted(words, format)}.` : 'This might come across as harsh.',
  'empathy.try': 'You could try:',
  'empathy.machine': 'Suggested by a machine',
  'empathy.why': 'Why am I seeing this?',
  'empathy.why.local':
    'This site checks drafts on your device to help conversations stay kind. What you type is not sent anywhere for this. It can be wrong, and you can always post.',
  'empathy.why.host': 'This site checks drafts to help conversations stay kind. It can be wrong, and you can always post.',
  'empathy.why.noticed': ({ categories }: { categories: readonly string[] }, format: Formatters) => `It noticed ${format.list(categories)}.`,
  'empathy.category.insult': 'name-calling',
  'empathy.category.contempt': 'contempt',
  'empathy.category.dismissive': 'brushing off how someone feels',
  'empathy.category.threat': 'threatening words',
  'empathy.category.identity-attack': 'an attack on who someone is',
  'empathy.category.profanity': 'swearing at someone',
  'empathy.category.shouting': 'all capitals',
  'empathy.category.sexual': 'sexual remarks',
  'empathy.notHarsh': "This isn't harsh",
  'empathy.thanks': "Thanks for telling us. This draft won't be flagged again.",
  'empathy.prompt.title': 'Before you post',
  'empathy.prompt.body': 'Your reply might come across as harsh. Would you like to change it?',
  'empathy.prompt.words': ({ words }: Words, format: Formatters) => `It noticed ${quoted(words, format)}.`,
  'empathy.edit': 'Edit',
  'empathy.postAnyway': 'Post anyway',
  'empathy.support.title': "It sounds like you're going through a lot",
  'empathy.support.body': "You don't have to carry it alone. If you'd like to talk to someone, these people are ready to listen:",
};

export type EmpathyMessages = typeof en;

const es: EmpathyMessages = {
  'empathy.hint': ({ words }: Words, format: Formatters) =>
    words.length ? `Esto podría sonar duro: ${quoted(words, format, '«', '»')}.` : 'Esto podría sonar duro.',
  'empathy.try': 'Podrías probar:',
  'empathy.machine': 'Sugerido por una máquina',
  'empathy.why': '¿Por qué veo esto?',
  'empathy.why.local':
    'Este sitio revisa los borradores en tu dispositivo para que las conversaciones sigan siendo amables. Lo que escribes no se envía a ningún sitio para esto. Puede equivocarse, y siempre puedes publicar.',
  'empathy.why.host':
    'Este sitio revisa los borradores para que las conversaciones sigan siendo amables. Puede equivocarse, y siempre puedes publicar.',
  'empathy.why.noticed': ({ categories }: { categories: readonly string[] }, format: Formatters) => `Ha notado ${format.list(categories)}.`,
  'empathy.category.insult': 'insultos',
  'empathy.category.contempt': 'desprecio',
  'empathy.category.dismissive': 'quitar importancia a lo que alguien siente',
  'empathy.category.threat': 'palabras amenazantes',
  'empathy.category.identity-attack': 'un ataque a quién es alguien',
  'empathy.category.profanity': 'palabrotas contra alguien',
  'empathy.category.shouting': 'todo en mayúsculas',
  'empathy.category.sexual': 'comentarios sexuales',
  'empathy.notHarsh': 'No es duro',
  'empathy.thanks': 'Gracias por decírnoslo. Este borrador no se volverá a señalar.',
  'empathy.prompt.title': 'Antes de publicar',
  'empathy.prompt.body': 'Tu respuesta podría sonar dura. ¿Quieres cambiarla?',
  'empathy.prompt.words': ({ words }: Words, format: Formatters) => `Ha notado ${quoted(words, format, '«', '»')}.`,
  'empathy.edit': 'Editar',
  'empathy.postAnyway': 'Publicar igualmente',
  'empathy.support.title': 'Parece que estás pasando por mucho',
  'empathy.support.body': 'No tienes que cargar con ello a solas. Si quieres hablar con alguien, estas personas están para escucharte:',
};

/** The empathy prompt's strings, English and Spanish. */
export const empathyMessages = { en, es };

export type CategoryKey = `empathy.category.${Category}`;
