// The words of people's positions, in English and French: the phrases around a person's
// name that give a title and its company (appositions, copulas, possessives), and the verbs
// of moves, boards and founding. Data only: roles.ts reads it.
import { COMPANY_NOUNS } from "./lexicon.js";
import type { Lang } from "./text.js";
import { TITLES } from "./titles.js";

const DET = String.raw`(?:the|its|their|his|her|a|an|le|la|l'|les|son|sa|ses|leur|un|une|one\s+of\s+the|one\s+of\s+its|l'un\s+des|l'une\s+des|l'un\s+de\s+ses|l'une\s+de\s+ses)`;
const MOD = String.raw`(?:(?<former>former|ex-|ancien|ancienne|outgoing|sortant|sortante)|current|actuel|actuelle|new|nouveau|nouvelle|newly\s+appointed|jeune|young|longtime|emblématique|charismatique|founding|independent|ind[ée]pendante?|non-executive|lead|other|autre|second|third|fourth|deuxi[èe]me|troisi[èe]me|quatri[èe]me|(?:two|three|four|five|deux|trois|quatre|cinq)(?=\s+(?:co-?founders|co-?fondat)))`;
const OF = String.raw`(?:of|at|de|du|d'|chez)`;
// "two of the three co-founders of", "l'un des cofondateurs de".
const COUNT = String.raw`(?:(?:one|two|three|four|deux|trois|quatre|l'un|l'une)\s+(?:of\s+(?:the|its|their)|des|de\s+ses|de\s+leurs)\s+(?:\p{L}+\s+)?)`;
// "of the chatbot start-up X", "de la jeune pousse X": a description of the company before its name.
// French puts adjectives after the noun: "de l'équipementier automobile Valeo", "de la start-up parisienne X".
// English may drop the article: "the chief executive of grocery delivery company Instacart".
const DESCRIBED = `(?:(?:(?:the|la|le|l'|a|an|une|un)\\s*)?(?:[\\p{Ll}-]+\\s+){0,3}(?:${COMPANY_NOUNS})(?:\\s+[\\p{Ll}-]+){0,2}\\s+)?`;
const re = (source: string) => new RegExp(source, "iu");
// A relative clause of the present: "Musk, who is xAI's chief executive", "X, qui est le PDG de Y".
const IS = String.raw`(?<is>who\s+is|who\s+(?:will\s+)?remains?|who\s+(?:will\s+)?stays?|who\s+serves\s+as|qui\s+est|qui\s+reste|qui\s+restera|qui\s+demeure)`;
// "the company's", "the start-up's": the company at hand, not a pronoun.
const THE_COMPANYS = String.raw`the\s+(?:company|start-?up|startup|firm|group|business|lab|chipmaker|unicorn)'s`;

export const PATTERNS = {
  /** "Person, le directeur général de | the CEO of  Company" (the company follows). */
  apposition: re(`^\\s*,\\s*(?:(?<was>who\\s+was|qui\\s+[ée]tait|qui\\s+a\\s+[ée]t[ée])\\s+|${IS}\\s+)?(?:${COUNT}|${DET}\\s*)?(?:${MOD}\\s+)?(?:(?:co-?)?(?:founder|fondat(?:eur|rice))\\s+(?:and|et)\\s+)?(?<titles>${TITLES})\\s*${OF}\\s*${DESCRIBED}$`),
  /** "Person, le PDG du groupe", "Person, the chief executive of the company": a title of the company at hand, written as a noun. */
  titleOfDescribed: re(`^\\s*,\\s*(?:${DET}\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*(?:of\\s+the|de\\s+la|de\\s+l'|du)\\s*(?:company|start-?up|startup|firm|group|soci[ée]t[ée]|entreprise|groupe|jeune\\s+pousse)(?![\\p{L}'])`),
  /** "Person, qui codirige la société avec Person", "who co-runs the company with": co-chief executives. */
  coHeads: re(`^\\s*,\\s*(?:qui|who)\\s+(?:codirige|co-dirige|co-leads|co-runs|co-heads)\\s+(?:(?:la|le|l'|the)\\s*(?:${COMPANY_NOUNS})\\s+|it\\s+)?(?:avec|with)\\s+`),
  /** An opening purpose clause that gives the post: "Pour lui succéder comme directeur général,", "To succeed him as chief executive,". */
  succeedAs: re(`^\\W*(?:pour\\s+(?:lui|la|le)\\s+succ[ée]der|to\\s+succeed\\s+(?:him|her|them))\\s+(?:comme|en\\s+tant\\s+que|au\\s+poste\\s+de|à\\s+la\\s+t[êe]te|as)\\s+(?:${DET}\\s+)?(?<titles>${TITLES})`),
  /** After a leaving verb with no company: "la direction de la plateforme", "the helm", "the top job". */
  leftHelm: re(`^\\s*(?:la\\s+(?:direction|t[êe]te|pr[ée]sidence\\s+ex[ée]cutive)|the\\s+(?:helm|top\\s+job))(?![\\p{L}])`),
  /** "Person, qui dirige Company", "Person, who heads Company", "Person, à la tête de Company" (the company follows): its chief executive, or its chair ("préside", "chairs"). */
  heads: re(`^\\s*,\\s*(?:(?:who|qui)\\s+(?:now\\s+|also\\s+|aussi\\s+|d[ée]sormais\\s+|still\\s+|toujours\\s+)?(?:(?<chair>pr[ée]side|chairs)|heads|runs|dirige|pilote)|(?:d[ée]sormais\\s+)?(?:à\\s+la\\s+t[êe]te|at\\s+the\\s+helm)\\s*${OF})\\s*${DESCRIBED}$`),
  /** "Person, the chief technology officer, ...": a title with no company (the one at hand). */
  bareApposition: re(`^\\s*,\\s*(?:${IS}\\s+|qui\\s+occupe\\s+(?:le\\s+poste|la\\s+fonction|les\\s+fonctions)\\s+de\\s+)?(?:(?:the|le|la|l')\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*(?:[,.;]|$)`),
  /** "Person, who also runs it as chief executive", "qui la dirige en tant que PDG": a title of the company at hand. */
  runsAs: re(`^\\s*,\\s*(?:who|qui)\\s+(?:also\\s+|aussi\\s+|now\\s+|still\\s+)?(?:(?:runs|leads|heads|manages)\\s+(?:it|the\\s+company|the\\s+start-?up)|(?:la|le|l')\\s*(?:dirige|pilote)(?:\\s+aussi)?)\\s+(?:as|en\\s+tant\\s+que|comme)\\s+(?:its\\s+|son\\s+|sa\\s+)?(?<titles>${TITLES})`),
  /** "Person, the LinkedIn co-founder": a company name between the article and the title. */
  companyBetween: re(`^\\s*,\\s*(?:the|le|la|l')\\s+$`),
  /** "Person en est le directeur technique", "Person is the CEO of": a copula then a title. */
  copular: re(`^\\s*,?\\s+(?:who\\s+|qui\\s+)?(?<en>en\\s+|y\\s+)?(?:is|was|est|[ée]tait|remains|reste|demeure)\\s+(?:also\\s+|aussi\\s+|now\\s+|still\\s+)?(?:the|(?<its>its|son|sa)|le|la|l'|a(?=\\s+(?:${TITLES})\\s*${OF}))?\\s*(?:${MOD}\\s+)?(?<titles>${TITLES})(?<of>\\s*${OF}\\s*)?`),
  /** After a leaving verb, the post: "dont elle était la directrice technique", "where he was CEO". */
  postHeld: re(`(?:dont|o[uù]|where)\\s+(?:il|elle|he|she)\\s+(?:[ée]tait|avait\\s+[ée]t[ée]|was|had\\s+been|served\\s+as)\\s+(?:the\\s+|le\\s+|la\\s+|l')?(?<titles>${TITLES})`),
  /** "Company('s) CEO Person", "Meta's chief AI officer, Person". */
  companyTitle: re(`^(?:'s?)?\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*,?\\s*$`),
  /** "le PDG de Company, Person" / "the CEO of Company, Person" (before the company). */
  titleOfBefore: re(`(?:^|[^\\p{L}])(?:${DET}\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*${OF}\\s*$`),
  /** After "Person, Company": "'s co-founder and chief executive". */
  possessedTitle: re(`^'s?\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** Between "Person" and "Company's title": ", who was" / ", qui était" / ", who is". */
  wasBefore: re(`^(?:\\s*,\\s*(?:(?<was>who\\s+was|qui\\s+[ée]tait)\\s+|${IS}\\s+)?(?:the\\s+|le\\s+|la\\s+)?|\\s+(?<copula>is|est)\\s+(?:himself\\s+|herself\\s+|also\\s+|lui-m[êe]me\\s+|elle-m[êe]me\\s+|aussi\\s+)?(?:one\\s+of\\s+|l'une?\\s+des\\s+)?)$`),
  /** "Person, the company's chief executive", "Person, son directeur technique" (after the person). */
  ownedTitle: re(`^\\s*,\\s*(?:${IS}\\s+)?(?:(?:toujours|still|now|d[ée]sormais|also|aussi|actuellement|currently)\\s+)?(?:(?<the>${THE_COMPANYS})|its|their|son|sa|leur)\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** "its CEO, Person", "son PDG Person". */
  possessiveTitle: re(`(?:(?<the>${THE_COMPANYS})|its|their|his|her|son|sa|ses|leur|leurs)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*[,:]?\\s*$`),
  /** After a leaving verb with no company: "has stepped down as chairman and chief executive". */
  leftAs: re(`^\\s*as\\s+(?:${DET}\\s+)?(?<titles>${TITLES})(?!\\s*${OF})`),
  /** After a move's company: "as CEO", "en tant que directrice technique". */
  asTitle: re(`^\\s*,?\\s*(?:as|en\\s+tant\\s+que|comme|au\\s+poste\\s+de|à\\s+titre\\s+de|to\\s+(?:be|become|serve\\s+as)|pour\\s+(?:y\\s+)?(?:devenir|occuper\\s+le\\s+poste\\s+de|prendre\\s+le\\s+poste\\s+de))\\s+(?:${DET}\\s+)?(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** After "Person, the Company": " co-founder" (companyBetween's title). */
  titleAfterCompany: re(`^\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** After a hired person, a title with no "as": "names Person CEO". */
  titleAfterHired: re(`^\\s*,?\\s*(?:${DET}\\s+)?(?<titles>${TITLES})`),
  /** Between an appointment verb and its company: "CEO of the start-up", "à la tête de". */
  appointedTo: re(`^\\s*(?:${DET}\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})?\\s*(?:à\\s+la\\s+t[êe]te\\s+|at\\s+the\\s+helm\\s+)?${OF}?\\s*${DESCRIBED}(?:(?:called|named|baptis[ée]e?|appel[ée]e?|nomm[ée]e?)\\s+)?$`),
  /** After an appointment verb with no company: "becomes interim CEO". */
  appointedAs: re(`^\\s*(?:${DET}\\s+)?(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** After a leaving verb: "as CEO of", "son poste de PDG de", "la tête de". */
  leftPost: re(`^\\s*(?:(?:as|from\\s+(?:his|her|their)\\s+(?:role|post|position)\\s+as)\\s+(?:${DET}\\s+)?(?<t1>${TITLES})\\s*${OF}?|(?:son|ses)\\s+(?:poste|fonctions|r[ôo]le|si[èe]ge)\\s+(?:de\\s+|d')?(?<t2>${TITLES})?\\s*${OF}?|(?<head>la\\s+(?:t[êe]te|direction)\\s+${OF}|the\\s+helm\\s+${OF})|(?<presidency>la\\s+pr[ée]sidence\\s+${OF}))?\\s*$`),
};


export const VERBS: Record<Lang, Record<"join" | "hiredBy" | "hire" | "leave" | "ousted" | "appoint" | "board" | "boardStay" | "boardJoin" | "seat" | "chairedBy" | "foundedBy" | "founded", RegExp>> = {
  en: {
    join: re(String.raw`(?<![\p{L}])(?:joins|joined|join|will\s+join|to\s+join|is\s+joining|are\s+joining|has\s+joined|have\s+joined|had\s+joined|moves\s+to|moved\s+to|is\s+moving\s+to|defects\s+to|defected\s+to)(?![\p{L}])(?!\s+by(?![\p{L}]))`),
    hiredBy: re(String.raw`(?<![\p{L}])(?:(?:was|is|has\s+been|been)\s+)?(?:hired|recruited|poached|brought\s+in)\s+by(?![\p{L}])`),
    hire: re(String.raw`(?<![\p{L}])(?:hires|hired|has\s+hired|poaches|poached|taps|tapped|appoints|appointed|has\s+appointed|names|named|has\s+named|picks|picked|has\s+picked|chose|has\s+chosen|recruits|recruited|brings\s+in|brought\s+in)(?![\p{L}])`),
    leave: re(String.raw`(?<![\p{L}])(?:retires|retired|has\s+retired|will\s+retire|is\s+retiring|to\s+retire|leaves|left|had\s+left|has\s+left|is\s+leaving|will\s+leave|to\s+leave|leaving|departs|departed|steps\s+down|stepped\s+down|will\s+step\s+down|is\s+stepping\s+down|to\s+step\s+down|resigns|resigned|has\s+resigned|quits|quit|exits|exited|was\s+ousted|was\s+fired|was\s+removed|is\s+out)(?![\p{L}])`),
    ousted: re(String.raw`(?<![\p{L}])(?:ousted|fired|removed|dismissed|sacked)(?![\p{L}])`),
    appoint: re(String.raw`(?<![\p{L}])(?:(?:is|was|has\s+been|will\s+be|had\s+been)\s+(?:first\s+|later\s+|then\s+|also\s+|formally\s+|officially\s+)?(?:named|appointed|promoted\s+to|elected|tapped\s+as|picked\s+as|confirmed\s+as)|becomes|became|will\s+become|would\s+become|to\s+become|(?:will|would|to)\s+(?:also\s+)?serve\s+as|(?:moves|moved|will\s+move)\s+into\s+(?:a|the)\s+(?:new\s+)?(?:role|position|post)\s+as|takes\s+over\s+as|took\s+over\s+as|(?:will|would|to)\s+take\s+over\s+as|steps\s+in\s+as|stepped\s+in\s+as|(?:replaces|replaced|succeeds|succeeded)\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+as|takes\s+the\s+helm\s+(?:of|at)|took\s+the\s+helm\s+(?:of|at)|(?:returns|returned|will\s+return|is\s+back|was\s+back|comes\s+back|came\s+back)\s+as)(?![\p{L}])`),
    board: re(String.raw`(?<![\p{L}])board(?:\s+of\s+directors)?(?![\p{L}])`),
    boardStay: re(String.raw`(?<![\p{L}])(?:remain|remains|will\s+remain|stay|stays|will\s+stay|keeps?|kept|retain|retains|retained|sits?\s+on|seat|member)(?![\p{L}])`),
    boardJoin: re(String.raw`(?<![\p{L}])(?:joins|joined|will\s+join|to\s+join|is\s+joining|appointed\s+to|named\s+to|elected\s+to)(?![\p{L}])`),
    seat: re(String.raw`(?<![\p{L}])(?:keeps|kept|retains|retained|keep|retain)\s+(?:his|her|their|its)\s+seat(?![\p{L}])`),
    chairedBy: re(String.raw`(?<![\p{L}])(?:chaired|led)\s+by(?![\p{L}])(?=\s+\p{Lu})`),
    foundedBy: re(String.raw`(?<![\p{L}])(?:co-?founded|founded|started|created|launched)(?:\s+[^.;:,]{0,40}?)?\s+by(?![\p{L}])`),
    founded: re(String.raw`(?<![\p{L}])(?:co-?founded|founded|started)(?![\p{L}])(?!\s+(?:in|on|by|as|to|with)\s)(?!\s+(?:his|her|their)\s+(?:career|professional|working))`),
  },
  fr: {
    join: re(String.raw`(?<![\p{L}])(?:rejoint|rejoignent|a\s+rejoint|ont\s+rejoint|va\s+rejoindre|vont\s+rejoindre|rejoindra|rejoindront|rejoindre|int[èe]gre|a\s+int[ée]gr[ée]|arrive\s+chez|est\s+arriv[ée]e?\s+chez|rallie|a\s+ralli[ée]|passe\s+chez|est\s+pass[ée]e?\s+chez)(?![\p{L}])`),
    hiredBy: re(String.raw`(?<![\p{L}])(?:(?:a\s+[ée]t[ée]|est|sera)\s+)?(?:recrut[ée]e?|embauch[ée]e?|d[ée]bauch[ée]e?|engag[ée]e?)\s+par(?![\p{L}])`),
    hire: re(String.raw`(?<![\p{L}])(?:recrute|a\s+recrut[ée]|embauche|a\s+embauch[ée]|d[ée]bauche|a\s+d[ée]bauch[ée]|nomme|a\s+nomm[ée]|choisit|a\s+choisi|d[ée]signe|a\s+d[ée]sign[ée]|engage|a\s+engag[ée]|s'offre\s+les\s+services\s+de|attire)(?![\p{L}])`),
    leave: re(String.raw`(?<![\p{L}])(?:prend\s+sa\s+retraite|a\s+pris\s+sa\s+retraite|part\s+à\s+la\s+retraite|quitte|quittent|a\s+quitt[ée]|ont\s+quitt[ée]|avai(?:t|ent)\s+quitt[ée]e?s?|va\s+quitter|vont\s+quitter|quittera|quitter|d[ée]missionne|a\s+d[ée]missionn[ée]|c[èe]de\s+sa\s+place|a\s+c[ée]d[ée]\s+sa\s+place|se\s+retire|s'est\s+retir[ée]e?|abandonne\s+(?:son\s+poste|ses\s+fonctions)|a\s+[ée]t[ée]\s+(?:limog[ée]e?|[ée]vinc[ée]e?|remerci[ée]e?|d[ée]barqu[ée]e?)|est\s+[ée]vinc[ée]e?|s'en\s+va)(?![\p{L}])`),
    ousted: re(String.raw`(?<![\p{L}])(?:limoge|a\s+limog[ée]|[ée]vince|a\s+[ée]vinc[ée]|remercie|a\s+remerci[ée]|d[ée]barque|a\s+d[ée]barqu[ée])(?![\p{L}])`),
    appoint: re(String.raw`(?<![\p{L}])(?:(?:prend|a\s+pris|prendra)\s+(?:ce\s+\p{L}+\s+|aujourd'hui\s+|officiellement\s+)?ses\s+fonctions\s+(?:de|d')|(?:est|a\s+[ée]t[ée]|sera|vient\s+d'[êe]tre)\s+(?:nomm[ée]e?|[ée]lue?|promue?|d[ée]sign[ée]e?)|devient|deviendra|deviendrait|deviendront|est\s+devenue?|devenue?(?=\s+(?:le|la|l'|son|sa|directeur|directrice|pr[ée]sident))|prend\s+la\s+t[êe]te\s+(?:de|d'|du)|a\s+pris\s+la\s+t[êe]te\s+(?:de|d'|du)|prendra\s+la\s+t[êe]te\s+(?:de|d'|du)|prend\s+les\s+r[êe]nes\s+(?:de|d'|du)|succ[èe]de\s+à\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+(?:à\s+la\s+t[êe]te\s+(?:de|d'|du)|au\s+poste\s+de|comme)|(?:assure(?:ra)?|assur[ée])\s+l'int[ée]rim(?:\s+(?:à\s+la\s+t[êe]te|de\s+la\s+direction)\s+(?:de|d'|du))?|(?:revient|est\s+revenue?|reviendra|fait\s+son\s+retour)\s+(?:comme|au\s+poste\s+de|en\s+tant\s+que))(?![\p{L}])`),
    board: re(String.raw`(?<![\p{L}])conseil\s+(?:d'administration|de\s+surveillance)(?![\p{L}])`),
    boardStay: re(String.raw`(?<![\p{L}])(?:conserve|garde|reste|si[èe]ge|si[èe]gera|membre|demeure)(?![\p{L}])`),
    boardJoin: re(String.raw`(?<![\p{L}])(?:rejoint|a\s+rejoint|entre|est\s+entr[ée]e?|fait\s+son\s+entr[ée]e|int[èe]gre|nomm[ée]e?\s+au|a\s+int[ée]gr[ée])(?![\p{L}])`),
    seat: re(String.raw`(?<![\p{L}])(?:conserve|garde|a\s+conserv[ée]|a\s+gard[ée])\s+son\s+si[èe]ge(?![\p{L}])(?!\s+(?:au|de))`),
    chairedBy: re(String.raw`(?<![\p{L}])pr[ée]sid[ée]e?\s+par(?![\p{L}])(?=\s+\p{Lu})`),
    foundedBy: re(String.raw`(?<![\p{L}])(?:cofond[ée]e?|co-fond[ée]e?|fond[ée]e?|cr[ée][ée]e?|lanc[ée]e?)(?:\s+[^.;:,]{0,40}?)?\s+par(?![\p{L}])`),
    founded: re(String.raw`(?<![\p{L}])(?:a\s+cofond[ée]|a\s+co-fond[ée]|a\s+fond[ée]|a\s+cr[ée][ée]|cofonde|fonde)(?![\p{L}])`),
  },
};
