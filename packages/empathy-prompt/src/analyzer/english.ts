import type { Language } from './language.js';

/** English, written for Kindred. Words are lower case; the analyzer undoes leetspeak and stretching. */
export const english: Language = {
  code: 'en',
  words: {
    noun:
      'idiot moron imbecile cretin dumbass dumbasses dipshit jackass asshole arsehole bastard ' +
      'bitch bitches cunt dick dickhead prick twat wanker tosser douche douchebag scumbag ' +
      'scum loser clown coward creep freak pig slut whore hoe skank ho ' +
      'retard troll fool dunce muppet pillock plonker knobhead bellend nitwit halfwit dimwit simpleton numpty ' +
      'trash garbage filth snowflake crybaby crybabies degenerate lowlife weirdo jerk ' +
      'airhead bozo buffoon dolt dork loon lunatic nutjob nutcase psycho sicko turd butthole ' +
      'pussy pussies biatch motherfucker fucker shithead asswipe failure dafty slag ' +
      'liar hypocrite disgrace cuckold cuck hobo spaz spastic criminal thief thieves rapist terrorist pedophile paedophile pervert invader slob nazi perversion abomination degeneracy',
    adjective:
      'stupid dumb idiotic moronic pathetic worthless useless disgusting gross ugly fat lazy incompetent brainless clueless ignorant braindead ' +
      'retarded vile despicable repulsive revolting subhuman inferior filthy trashy spineless gutless dense thick dim daft dumber dumbest stupidest ' +
      'pathetically hopeless insufferable obnoxious deranged delusional unbearable contemptible wretched miserable nasty ugliest fattest laziest ' +
      'smelly stinking stinky dirty evil batty shitty crappy rude lousy boring annoying arrogant selfish creepy hideous ' +
      'suck sucks dangerous barbaric primitive backward mentally sickening repugnant dishonest uncivilised uncivilized cruel vicious ' +
      'disgraceful shameful ungrateful greedy deceitful treacherous abhorrent appalling horrible terrible awful scary',
    slur:
      'nigger negro negroes coon jigaboo faggot fag faggy dyke tranny trannies ' +
      'shemale spic wetback beaner chink gook kike raghead towelhead paki ' +
      'cracker honky honkey nig wop dago kraut teabagger libtard feminazi gyppo pikey ' +
      'darkie honkie faggit jiggaboo sandnigger retarded mongoloid mong tard whitey rednecks niglet muzzie rapefugee',
    dehumanizing:
      'vermin parasite rat cockroach cockroaches animals ape savage subhumans plague cancer disease ' +
      'pest infestation leeches leech maggot goblin swine beasts monkey dogs cockroach virus roaches rodents insects locusts swarms infesting',
    profanity:
      'fuck fucking fucked fuckin fking fkn fck fuk fucks shit shitty bullshit crap crappy damn goddamn hell piss pissed bloody wtf ' +
      'fucc ass arse effing frigging freaking facking nigga niggas niggah niggahs nigguh',
    violent:
      'kill killed killing murder shoot shot stab hang lynch rape beat burn gas bomb slaughter exterminate eradicate strangle drown torture ' +
      'die dead death suffer hurt punch slap execute behead butcher choke destroy annihilate eliminate deport cut ' +
      'attack attacking murdered stabbed hanged hung rot perish genocide gassed deported exterminated eradicated executed burned burnt lynched raped beaten slaughtered tortured smack kick ' +
      'punched slapped choked strangled drowned raping murdering torturing stabbing lynching slaughtering exterminating dies kills stabs',
    hate: 'hate hates despise despises loathe loathes detest detests disgust disgusts disgusted sicken sickens abhor hatred contempt disdain scorn resent',
    sexual:
      'penis cock cocks pussy pussies boobs tits titties vagina naked nude nudes sex sexy horny blowjob bj cum orgasm dildo porn masturbate ' +
      'wank erection boner genitals semen pubes',
    second: "you your you're youre yours yourself yourselves u ur ya yall y'all thou",
    third:
      "he she him her his hers they them their theirs himself herself themselves he's she's they're guy dude girl man woman person " +
      'family father mother dad mom mum brother sister wife husband boyfriend girlfriend boss friend teacher neighbour neighbor son daughter',
    self: "i i'm im myself i've ive i'd i'll my sorry apologies",
    identity: "i'm im am we we're us our my fellow proud",
    group:
      'people women men girls boys folks muslim jewish christian blacks whites immigrant ' +
      'refugee migrant illegals foreigner gay lesbian trans transgender disabled liberals ' +
      'conservatives democrats republicans hindus indians chinese latinos hispanics queers ' +
      'catholics atheists europeans americans russians jihadis jihadists islamists african asian arab mexican pakistani ' +
      'jew sikh buddhist bisexual transsexual homosexual feminist autistic lgbt lgbtq lgbtqi islam gayness homosexuality transgenderism feminism',
    negation: "not no never nobody noone none nothing neither nor without hardly isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't ain't dont doesnt didnt isnt arent wasnt wont wouldnt cant couldnt shouldnt",
    report:
      'called call calls calling said say says saying told tell tells telling wrote write writes writing posted commented texted messaged yelled ' +
      'screamed shouted accused labelled labeled named quote quoted repeating compared comparing claim claims',
    joy:
      'congrats congratulations amazing awesome great love loved lovely proud happy yes yay woo woohoo rules cool nice brilliant fantastic wow omg ' +
      'thanks thank best beautiful glad excited incredible wonderful passed win won celebrate hug hugs holy talented badass stylish lucky',
    modal: "should shall will would going gonna wanna want wish hope deserve deserves ought must i'll i'd we'll let's lets go",
    weak: 'liar hypocrite cracker wop gook ho disgrace trash garbage filth pig creep freak failure troll jerk fool clown dafty nazi perversion abomination degeneracy',
    experiencer:
      'disgust disgusts sicken sickens die dies dead death suffer rot perish ' +
      'killed murdered shot stabbed hanged hung gassed deported exterminated eradicated executed burned burnt lynched raped beaten slaughtered tortured ' +
      'punched slapped choked strangled drowned',
    copula: "is are was were be been being am i'm im you're youre we're they're he's she's isn't aren't wasn't weren't",
    gerund: 'saying calling telling writing posting quote quoted repeating comparing',
    imperative: 'stop shut why get go quit leave die',
    reflexive: 'me myself',
    feeling: 'feel feels felt feeling consider considers considered think thinks believe believes seem seems find hatred contempt disdain',
    clause: 'but',
    thing:
      'numbers letters papers stickers burgers computers printers flowers towers waters answers orders others corners layers headers ' +
      'covers chapters matters members users readers viewers survivors',
    positive:
      'welcome welcomed worthy human humans equal equals intelligent smart capable competent attractive decent valuable value belong compassion',
    comparative: 'better more worse',
    function: 'and or as than too so then right now here there when while if of for with in on at by from about like via the a who what into over out back',
    infinitive: 'to',
    reply: 'no',
    plural: "they them their theirs themselves they're",
    possessive: 'your yours their theirs his her my our',
    act: 'move moves idea ideas thing things example question comment take post opinion argument reply decision mistake behaviour behavior attitude',
  },
  phrases: [
    { words: 'get over it', category: 'dismissive', weight: 0.7 },
    { words: 'get over yourself', category: 'dismissive', weight: 0.75 },
    { words: 'nobody asked', category: 'dismissive', weight: 0.75 },
    { words: 'no one asked', category: 'dismissive', weight: 0.75 },
    { words: 'nobody cares', category: 'dismissive', weight: 0.7 },
    { words: 'no one cares', category: 'dismissive', weight: 0.7 },
    { words: 'who cares', category: 'dismissive', weight: 0.6 },
    { words: 'cry me a river', category: 'dismissive', weight: 0.75 },
    { words: 'stop whining', category: 'dismissive', weight: 0.75 },
    { words: 'quit whining', category: 'dismissive', weight: 0.75 },
    { words: 'stop crying', category: 'dismissive', weight: 0.6 },
    { words: 'stop complaining', category: 'dismissive', weight: 0.6 },
    { words: 'boo hoo', category: 'dismissive', weight: 0.7 },
    { words: 'boohoo', category: 'dismissive', weight: 0.7 },
    { words: 'cry about it', category: 'dismissive', weight: 0.7 },
    { words: 'stay mad', category: 'dismissive', weight: 0.6 },
    { words: 'cope harder', category: 'dismissive', weight: 0.6 },
    { words: 'a you problem', category: 'dismissive', weight: 0.65 },
    { words: 'grow up', category: 'dismissive', weight: 0.55 },
    { words: 'man up', category: 'dismissive', weight: 0.6 },
    { words: 'deal with it', category: 'dismissive', weight: 0.55 },
    { words: 'get a life', category: 'dismissive', weight: 0.7 },
    { words: 'get a grip', category: 'dismissive', weight: 0.55 },
    { words: 'move on', category: 'dismissive', weight: 0.5 },
    { words: 'overreacting', category: 'dismissive', weight: 0.6 },
    { words: 'over reacting', category: 'dismissive', weight: 0.6 },
    { words: 'drama queen', category: 'dismissive', weight: 0.6 },
    { words: 'ok boomer', category: 'dismissive', weight: 0.6 },
    { words: 'touch grass', category: 'dismissive', weight: 0.6 },
    { words: 'shut up', category: 'dismissive', weight: 0.7 },
    { words: 'shut your mouth', category: 'dismissive', weight: 0.7 },
    { words: 'nobody gives a', category: 'dismissive', weight: 0.7, aimed: true },
    { words: 'no one gives a', category: 'dismissive', weight: 0.7, aimed: true },
    { words: 'stfu', category: 'dismissive', weight: 0.8 },
    { words: 'gtfo', category: 'dismissive', weight: 0.8 },
    { words: 'wrong with you', category: 'contempt', weight: 0.65 },
    { words: "don't like you", category: 'contempt', weight: 0.6 },
    { words: 'dont like you', category: 'contempt', weight: 0.6 },
    { words: 'bite me', category: 'dismissive', weight: 0.6 },
    { words: 'nobody wants you', category: 'contempt', weight: 0.85 },
    { words: 'nobody likes you', category: 'contempt', weight: 0.85 },
    { words: 'no one likes you', category: 'contempt', weight: 0.85 },
    { words: 'people like you', category: 'contempt', weight: 0.75 },
    { words: 'you people', category: 'contempt', weight: 0.6 },
    { words: 'you are gay', category: 'insult', weight: 0.6 },
    { words: "you're gay", category: 'insult', weight: 0.6 },
    { words: 'youre gay', category: 'insult', weight: 0.6 },
    { words: 'ur gay', category: 'insult', weight: 0.6 },
    { words: 'are u gay', category: 'insult', weight: 0.55 },
    { words: 'your kind', category: 'contempt', weight: 0.65 },
    { words: 'pathetic excuse', category: 'contempt', weight: 0.8 },
    { words: 'no idea what you', category: 'contempt', weight: 0.7 },
    { words: "no idea what you're", category: 'contempt', weight: 0.7 },
    { words: 'dumbest thing', category: 'contempt', weight: 0.8 },
    { words: 'stupidest thing', category: 'contempt', weight: 0.8 },
    { words: 'what a joke', category: 'contempt', weight: 0.6 },
    { words: 'waste of space', category: 'contempt', weight: 0.85 },
    { words: 'waste of oxygen', category: 'contempt', weight: 0.85 },
    { words: 'waste of air', category: 'contempt', weight: 0.85 },
    { words: 'waste of skin', category: 'contempt', weight: 0.85 },
    { words: 'learn to read', category: 'contempt', weight: 0.6 },
    { words: 'are you stupid', category: 'contempt', weight: 0.8 },
    { words: 'are you dumb', category: 'contempt', weight: 0.8 },
    { words: 'you make me sick', category: 'contempt', weight: 0.85 },
    { words: 'make me sick', category: 'contempt', weight: 0.6 },
    { words: 'the absolute worst', category: 'contempt', weight: 0.55 },
    { words: 'the worst', category: 'contempt', weight: 0.3 },
    { words: 'you suck', category: 'insult', weight: 0.8 },
    { words: 'u suck', category: 'insult', weight: 0.8 },
    { words: 'suck my', category: 'sexual', weight: 0.85 },
    { words: 'fuck you', category: 'profanity', weight: 0.9 },
    { words: 'fuck u', category: 'profanity', weight: 0.9 },
    { words: 'fuck off', category: 'profanity', weight: 0.85 },
    { words: 'screw you', category: 'profanity', weight: 0.8 },
    { words: 'go to hell', category: 'profanity', weight: 0.8 },
    { words: 'piss off', category: 'profanity', weight: 0.75 },
    { words: 'kys', category: 'threat', weight: 0.95 },
    { words: 'kill yourself', category: 'threat', weight: 0.95 },
    { words: 'kill urself', category: 'threat', weight: 0.95 },
    { words: 'go die', category: 'threat', weight: 0.95 },
    { words: 'drop dead', category: 'threat', weight: 0.85 },
    { words: 'die in a fire', category: 'threat', weight: 0.9 },
    { words: 'rot in hell', category: 'threat', weight: 0.85 },
    { words: 'burn in hell', category: 'threat', weight: 0.85 },
    { words: 'hang yourself', category: 'threat', weight: 0.95 },
    { words: 'go cut', category: 'threat', weight: 0.85 },
    { words: 'slit your wrists', category: 'threat', weight: 0.95 },
    { words: 'drink bleach', category: 'threat', weight: 0.9 },
    { words: 'jump off a bridge', category: 'threat', weight: 0.85 },
    { words: 'hope you die', category: 'threat', weight: 0.95 },
    { words: 'know where you live', category: 'threat', weight: 0.85 },
    { words: 'find where you live', category: 'threat', weight: 0.85 },
    { words: 'find out where you live', category: 'threat', weight: 0.85 },
    { words: 'watch your back', category: 'threat', weight: 0.8 },
    { words: 'you will regret', category: 'threat', weight: 0.7 },
    { words: 'deserve to die', category: 'threat', weight: 0.9 },
    { words: 'deserves to die', category: 'threat', weight: 0.9 },
    { words: 'not deserve to live', category: 'threat', weight: 0.85 },
    { words: "don't deserve to live", category: 'threat', weight: 0.85 },
    { words: "doesn't deserve to live", category: 'threat', weight: 0.85 },
    { words: 'no right to live', category: 'threat', weight: 0.85 },
    { words: 'no right to exist', category: 'identity-attack', weight: 0.8 },
    { words: 'no right to be alive', category: 'threat', weight: 0.85 },
    { words: 'cut their throats', category: 'threat', weight: 0.9 },
    { words: 'slit their throats', category: 'threat', weight: 0.9 },
    { words: 'throats cut', category: 'threat', weight: 0.9 },
    { words: 'snap their necks', category: 'threat', weight: 0.9 },
    { words: 'should be shot', category: 'threat', weight: 0.9 },
    { words: 'should be killed', category: 'threat', weight: 0.9 },
    { words: 'should die', category: 'threat', weight: 0.85 },
    { words: 'get rid of', category: 'threat', weight: 0.85, aimed: true },
    { words: 'put an end to', category: 'threat', weight: 0.85, aimed: true },
    { words: 'better off without', category: 'threat', weight: 0.8, aimed: true },
    { words: "can't stand", category: 'contempt', weight: 0.75, aimed: true },
    { words: 'cant stand', category: 'contempt', weight: 0.75, aimed: true },
    { words: 'sick of', category: 'contempt', weight: 0.7, aimed: true },
    { words: 'fed up with', category: 'contempt', weight: 0.6, aimed: true },
    { words: 'lives do not matter', category: 'identity-attack', weight: 0.75 },
    { words: "lives don't matter", category: 'identity-attack', weight: 0.75 },
    { words: 'lives dont matter', category: 'identity-attack', weight: 0.75 },
    { words: 'not worth protecting', category: 'identity-attack', weight: 0.75 },
    { words: 'lesser beings', category: 'identity-attack', weight: 0.8 },
    { words: 'ching chong', category: 'identity-attack', weight: 0.85 },
    { words: 'porch monkey', category: 'identity-attack', weight: 0.9 },
    { words: 'a colored', category: 'identity-attack', weight: 0.75 },
    { words: 'less than human', category: 'identity-attack', weight: 0.85 },
    { words: 'belong in a zoo', category: 'identity-attack', weight: 0.85 },
    { words: 'go fuck yourself', category: 'profanity', weight: 0.9 },
    { words: 'shut the fuck up', category: 'dismissive', weight: 0.85 },
    { words: 'stfu', category: 'dismissive', weight: 0.8 },
    { words: 'get the fuck out', category: 'dismissive', weight: 0.8 },
    { words: 'piece of shit', category: 'insult', weight: 0.8 },
    { words: 'fuck them', category: 'profanity', weight: 0.7 },
    { words: 'fuck him', category: 'profanity', weight: 0.7 },
    { words: 'fuck her', category: 'profanity', weight: 0.7 },
    { words: 'get dead', category: 'threat', weight: 0.8 },
    { words: 'is a joke', category: 'contempt', weight: 0.5 },
    { words: 'are a joke', category: 'contempt', weight: 0.6 },
    { words: 'are jokes', category: 'contempt', weight: 0.6 },
    { words: 'go fuck themselves', category: 'profanity', weight: 0.8 },
    { words: 'fucked in the head', category: 'insult', weight: 0.75 },
    { words: 'send them back', category: 'identity-attack', weight: 0.75 },
    { words: 'death to', category: 'threat', weight: 0.9 },
    { words: 'white trash', category: 'identity-attack', weight: 0.85 },
    { words: 'are you naked', category: 'sexual', weight: 0.8 },
    { words: 'send nudes', category: 'sexual', weight: 0.85 },
    { words: "let's fuck", category: 'sexual', weight: 0.85 },
    { words: 'lets fuck', category: 'sexual', weight: 0.85 },
    { words: 'have sex', category: 'sexual', weight: 0.6 },
    { words: 'want to fuck', category: 'sexual', weight: 0.8 },
    { words: 'wanna fuck', category: 'sexual', weight: 0.8 },
    { words: 'jack off', category: 'sexual', weight: 0.75 },
    { words: 'jerk off', category: 'sexual', weight: 0.75 },
    { words: 'suck me', category: 'sexual', weight: 0.8 },
    { words: 'fuck me', category: 'sexual', weight: 0.6 },
    { words: 'blow me', category: 'sexual', weight: 0.7 },
    { words: 'talk dirty', category: 'sexual', weight: 0.7 },
    { words: 'spread your legs', category: 'sexual', weight: 0.8 },
    { words: 'sit on my face', category: 'sexual', weight: 0.8 },
    { words: 'bang you', category: 'sexual', weight: 0.7 },
    { words: 'into your pants', category: 'sexual', weight: 0.8 },
    { words: 'screwed your mom', category: 'sexual', weight: 0.8 },
    { words: 'fucked your mom', category: 'sexual', weight: 0.8 },
    { words: 'fucked your mother', category: 'sexual', weight: 0.8 },
    { words: 'kill them all', category: 'threat', weight: 0.9 },
    { words: 'face of the earth', category: 'threat', weight: 0.6 },
    { words: 'go back to your', category: 'identity-attack', weight: 0.7 },
    { words: 'back to where you came from', category: 'identity-attack', weight: 0.75 },
    { words: 'belong in the kitchen', category: 'identity-attack', weight: 0.8 },
    { words: 'hit by a bus', category: 'threat', weight: 0.6 },
    { words: 'dead meat', category: 'threat', weight: 0.8 },
  ],
  ordinary: [
    'graham cracker', 'graham crackers', 'animal crackers', 'cheese crackers', 'cheese and crackers', 'ritz crackers', 'saltine crackers',
    'goldfish crackers', 'fire crackers', 'fire cracker', 'cracker barrel', 'honky tonk', 'honkey tonk', 'hi ho', 'ho ho', 'heave ho', 'land ho',
    'talk trash', 'talks trash', 'talking trash', 'talked trash', 'lot of trash', 'trash talk', 'trash talking', 'trash bag', 'trash bags',
    'trash can', 'trash cans', 'trash out', 'in the trash', 'in trash', 'out the trash', "man's trash",
  ],
  suggestions: {
    insult: [
      'Instead of “{word}”, name what bothers you about the idea: “I see it differently, because…”',
      'Try: “I don’t think that works, and here’s why.”',
      'Describe what was said or done rather than the person: it is easier to hear.',
    ],
    contempt: [
      'Say what you disagree with and why, without judging the person.',
      'Try: “I read this differently. Here’s my view.”',
    ],
    dismissive: [
      'Their feelings are real to them. Try: “That sounds hard. What would help?”',
      'If you don’t see it the same way, you could ask: “Can you tell me more?”',
    ],
    threat: [
      'Words like “{word}” can frighten people, even in anger. Say what happened and what you need.',
      'If you are this angry, it may help to step away for a moment before replying.',
    ],
    'identity-attack': [
      'Talk about what someone did, not who they are or the group they belong to.',
      'A word like “{word}” hurts a whole group of people. Say what you disagree with instead.',
    ],
    profanity: [
      'Strong language aimed at someone lands hard. Try saying plainly what upset you.',
      'Without “{word}”, your point may be heard more clearly.',
    ],
    shouting: ['All capitals can read as shouting. Lower case keeps people listening.'],
    sexual: ['Comments like this can make people feel unsafe. Keep it about the conversation.'],
  },
};
