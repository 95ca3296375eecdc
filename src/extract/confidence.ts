// Every confidence the extractor gives a proposal, and every step that raises or lowers it,
// each with its reason. A deal or a role starts at a level set by the pattern that found it,
// moves by these steps, and is kept within (0, 1) by clamp; below
// CONFIDENCE_THRESHOLD it is written commented out. The values were tuned on the gold set's
// dev split (`npm run eval:extract`): change one there, and watch the held-out figures.

/** A confidence kept within (0, 1) with two decimals: never certain, never nothing. */
export function clamp(x: number): number {
  return Math.round(Math.min(0.98, Math.max(0.05, x)) * 100) / 100;
}

/** Below this, a proposal is written commented out (an entity is kept when a kept fact uses it). */
export const CONFIDENCE_THRESHOLD = 0.5;

/** Entities: known ones matched by name, new ones by how much the text says about them. */
export const ENTITY = {
  /** A name of the graph, written as the graph writes it. */
  knownName: 0.95,
  /** A name of the graph written only in lowercase ("apple"): maybe the word, not the name. */
  knownLowercase: 0.45,
  /** A new name with strong cues (a weight of 2: "la start-up X", "CEO X"). */
  strongCues: 0.8,
  /** A new name with a weaker cue (weight 1: "backed by X"). */
  someCue: 0.65,
  /** A new name of several capitalized words, no cue. */
  capitalizedName: 0.55,
  /** A new single word, capitalized mid-sentence at least twice. */
  repeatedWord: 0.55,
  /** A new single word, capitalized mid-sentence once. */
  onceMidSentence: 0.45,
  /** A new single word only ever at a sentence's start: as likely a common word. */
  sentenceStartOnly: 0.3,
  /** A new name the title repeats (a single word at a sentence's start, mostly). */
  inTitle: 0.6,
  /** A company this sure lends its type to the names listed with it. */
  listLeader: 0.6,
  /** What a name listed with such a company is raised to ("Google, OpenAI et Anthropic"). */
  listedWithCompanies: 0.65,
  /** A company this sure may own a former name mentioned beside it. */
  formerNameOwner: 0.5,
  /** The article's protagonist (what "il", "the company" stand for) must be at least this sure. */
  protagonist: 0.45,
  /** A fact using a name below this is less sure itself. */
  weak: 0.5,
} as const;

/** Deals: a verb pattern's reading, then the sentence's figures. */
export const DEAL = {
  /** Any deal verb with a buyer or investor and a target. */
  base: 0.6,
  /** "Y was acquired by X": both sides named around an unambiguous verb. */
  passive: 0.2,
  /** "Altran, rachetée 3,6 milliards": the buyer is assumed to be the article's company. */
  buyerAssumed: -0.05,
  /** "X sold Y to Z": seller, target and buyer all named. */
  sold: 0.1,
  /** "the acquisition of Y by X": a noun that names the deal. */
  nominal: 0.15,
  /** "Y raised $N": a round verb with its amount right after. */
  round: 0.15,
  /** Each later sentence the round's investors are taken from. */
  investorsLater: -0.05,
  /** The subject is a pronoun ("the company", "il") read as a company named before. */
  pronounSubject: -0.15,
  /** The target is a pronoun ("it", "into the company") read as a company named before. */
  pronounTarget: -0.1,
  /** "license ... and hire": a phrase that names its kind of deal. */
  licenseAndHire: 0.1,
  /** Buying or taking a stake: verbs that are seldom about anything else. */
  buying: 0.15,
  /** "invest" itself, rather than "back" or "fund". */
  investWord: 0.1,
  /** Another verb of the same sentence states the same deal. */
  restated: 0.05,
  /** The sentence gives the amount. */
  withAmount: 0.1,
  /** The most a deal with no investor named may have: a commented-out hint. */
  noInvestorCap: 0.4,
  /** Its target or an investor is a weak name (under ENTITY.weak). */
  weakName: -0.1,
  /** Rumoured or called off: the reviewer may not want it in the graph. */
  uncertainStatus: -0.1,
  /** The most a later statement of a deal already proposed, adding nothing, may have. */
  repeatCap: 0.3,
  /** The most a deal may have when a later sentence restates it with more figures: merge the two. */
  supersededCap: 0.45,
} as const;

/** Roles: the level of each pattern, then the steps. */
export const ROLE = {
  /** A title and company stated beside the person ("X, CEO of Y", "Y CEO X"). */
  stated: 0.85,
  /** A title of a company named between article and title ("the LinkedIn co-founder"). */
  namedBetween: 0.8,
  /** A post the text says someone used to hold ("former CEO", "qui était"). */
  former: 0.45,
  /** "X, qui dirige Y", "X, à la tête de Y": heading a company named beside the person. */
  heads: 0.75,
  /** A possessive title ("its CEO, X"): the company is the one named before. */
  possessive: 0.65,
  /** "X, the chief technology officer,": no company, the one at hand. */
  bareTitle: 0.55,
  /** A copula with its company ("X is the CEO of Y"). */
  copularWithCompany: 0.85,
  /** A copula without one ("X en est le directeur technique"). */
  copularAtHand: 0.65,
  /** Joining or hired with a title, or leaving a post for it. */
  joinedAs: 0.75,
  /** Joining with no title and no post left. */
  joined: 0.6,
  /** Hired with no title said. */
  hired: 0.5,
  /** Ousted from a post that is named. */
  ousted: 0.75,
  /** Leaving a post that is named. */
  leftPost: 0.8,
  /** Leaving a company with no post named. */
  leftUnnamed: 0.45,
  /** Appointed to a named post. */
  appointed: 0.8,
  /** Appointed, post unclear. */
  appointedUntitled: 0.45,
  /** On a board the text names. */
  boardNamed: 0.8,
  /** On "the board" of the company at hand. */
  boardAtHand: 0.6,
  /** Chairing a board ("chaired by X"). */
  chair: 0.6,
  /** "Y, founded by X". */
  foundedBy: 0.8,
  /** "Fondée en 2016 par X": the founded company is the article's. */
  foundedByOpening: 0.7,
  /** "X founded Y". */
  founded: 0.75,
  /** The most a role may have when its company is only the article's, the sentence naming none ("Son PDG X"). */
  ownerGuessed: 0.45,
  /** A possessive read as what earlier sentences are about, a company other than the article's ("Silo AI ... It builds ... Its CEO"). */
  ownerFromTopic: -0.1,
  /** No title in the text: the reviewer writes it. */
  untitled: -0.15,
  /** The person or the company is a weak name (under ENTITY.weak). */
  weakName: -0.1,
  /** A former post whose end the text dates by a move to another company. */
  endDated: 0.3,
  /** The most a second tenure of the same post may have (merge by hand). */
  secondTenureCap: 0.45,
} as const;
