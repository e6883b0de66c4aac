import type { Language } from './language.js';

/**
 * Spanish basics, written for Kindred: the common insults, threats and dismissals of Spain and
 * Latin America. Words are given with and without accents, as people type both.
 */
export const spanish: Language = {
  code: 'es',
  words: {
    noun:
      'idiota idiotas imbécil imbéciles imbecil imbeciles tonto tonta tontos tontas ' +
      'pendejo pendeja pendejos pendejas gilipollas cabrón cabrona cabron cabrones capullo capulla subnormal subnormales ' +
      'retrasado retrasada retrasados imbécil zorra zorras puta putas perdedor perdedora perdedores payaso payasa payasos ' +
      'basura escoria cobarde cobardes mamón mamon boludo boluda pelotudo pelotuda huevón huevon weón weon baboso babosa',
    adjective:
      'estúpido estúpida estupido estupida inútil inutil inútiles inutiles patético patética patetico patetica asqueroso asquerosa ' +
      'feo fea gordo gorda ignorante ignorantes ridículo ridícula ridiculo ridicula repugnante despreciable lamentable tarado tarada',
    slur: 'maricón maricones maricon marica sudaca sudacas panchito panchitos negrata negratas moraco moracos tortillera travelo',
    dehumanizing: 'ratas parásitos parasitos cucarachas animales plaga alimañas bestias',
    profanity: 'mierda joder jodido jodida puto coño carajo hostia chingada chingado verga',
    violent: 'matar mataré matare mato matarte muere muérete muerete morir morirte golpear pegarte violar quemar disparar ahorcar',
    hate: 'odio odias odia odiamos desprecio desprecias',
    sexual: 'polla pene tetas desnuda desnudo desnudos sexo porno',
    second: 'tú tu te ti contigo usted ustedes vosotros vosotras os eres sos estás',
    third: 'él ella ellos ellas le les tía tío chico chica hombre mujer jefe padre madre hermano hermana amigo amiga',
    self: 'yo mí mi conmigo soy estoy',
    group: 'gente personas mujeres hombres inmigrantes migrantes musulmanes judíos judios negros gays gais gitanos extranjeros refugiados',
    negation: 'no nunca nadie nada ni jamás jamas tampoco sin',
    report: 'dijo dicen dijeron llamó llamo llamaron escribió escribio escribieron insultó insulto gritó grito',
    joy: 'felicidades enhorabuena genial increíble increible gracias feliz orgulloso orgullosa bravo enorme brutal',
    modal: 'debería deberías deberia deberias voy vas quiero ojalá ojala espero merece mereces merecen',
    weak: 'basura payaso payasa payasos',
    gerund: 'diciendo llamando',
    imperative: 'cállate callate calla vete deja',
    reflexive: 'me',
    feeling: 'siento sientes sentir creo crees parece pienso piensas',
    clause: 'pero',
    possessive: 'tu tus su sus mi mis',
    plural: 'ellos ellas les',
    comparative: 'mejor más mas peor',
    positive: 'bienvenido bienvenida bienvenidos bienvenidas digno digna dignos dignas humano humana humanos humanas iguales',
    copula: 'es son eres soy era eran fue fueron está están estás',
    identity: 'soy somos nosotros nosotras mis orgulloso orgullosa',
  },
  phrases: [
    { words: 'cállate', category: 'dismissive', weight: 0.7 },
    { words: 'callate', category: 'dismissive', weight: 0.7 },
    { words: 'a nadie le importa', category: 'dismissive', weight: 0.75 },
    { words: 'nadie te preguntó', category: 'dismissive', weight: 0.75 },
    { words: 'nadie te pregunto', category: 'dismissive', weight: 0.75 },
    { words: 'supéralo', category: 'dismissive', weight: 0.7 },
    { words: 'superalo', category: 'dismissive', weight: 0.7 },
    { words: 'deja de llorar', category: 'dismissive', weight: 0.75 },
    { words: 'deja de quejarte', category: 'dismissive', weight: 0.75 },
    { words: 'madura', category: 'dismissive', weight: 0.5 },
    { words: 'me das asco', category: 'contempt', weight: 0.85 },
    { words: 'das asco', category: 'contempt', weight: 0.8 },
    { words: 'no sirves para nada', category: 'contempt', weight: 0.85 },
    { words: 'gente como tú', category: 'contempt', weight: 0.7 },
    { words: 'gente como tu', category: 'contempt', weight: 0.7 },
    { words: 'vete a la mierda', category: 'profanity', weight: 0.9 },
    { words: 'que te den', category: 'profanity', weight: 0.8 },
    { words: 'que te jodan', category: 'profanity', weight: 0.85 },
    { words: 'ojalá te mueras', category: 'threat', weight: 0.95 },
    { words: 'ojala te mueras', category: 'threat', weight: 0.95 },
    { words: 'muérete', category: 'threat', weight: 0.9 },
    { words: 'muerete', category: 'threat', weight: 0.9 },
    { words: 'mátate', category: 'threat', weight: 0.95 },
    { words: 'matate', category: 'threat', weight: 0.95 },
    { words: 'sé dónde vives', category: 'threat', weight: 0.85 },
    { words: 'se donde vives', category: 'threat', weight: 0.85 },
  ],
  suggestions: {
    insult: [
      'En lugar de “{word}”, di qué te molesta de la idea: “Lo veo distinto, porque…”',
      'Prueba: “No creo que funcione, y te explico por qué.”',
    ],
    contempt: ['Di en qué no estás de acuerdo y por qué, sin juzgar a la persona.', 'Prueba: “Yo lo leo de otra manera. Esta es mi opinión.”'],
    dismissive: [
      'Lo que siente es real para esa persona. Prueba: “Suena difícil. ¿Qué te ayudaría?”',
      'Si no lo ves igual, puedes preguntar: “¿Me cuentas más?”',
    ],
    threat: ['Palabras así pueden asustar, aunque sea con enfado. Di qué pasó y qué necesitas.'],
    'identity-attack': ['Habla de lo que alguien hizo, no de quién es ni del grupo al que pertenece.'],
    profanity: ['Las palabrotas dirigidas a alguien duelen. Prueba a decir con calma qué te molestó.'],
    shouting: ['Las mayúsculas se leen como gritos. En minúsculas se te escucha mejor.'],
    sexual: ['Comentarios así pueden hacer que alguien se sienta inseguro. Mantente en la conversación.'],
  },
};
