// The words of deals, in English and French: the verbs that state one (with the kind of
// reading each calls for in deals.ts) and the cues around them (who leads a round, what
// is a valuation, a rumour, a deal called off). Data only: deals.ts and deal-figures.ts read it.
import type { RoundStageName } from "../domain/vocabulary.js";
import type { Lang } from "./text.js";

export type Verb = "invest" | "pay" | "acquire" | "stake" | "raise" | "raiseNoun" | "roundOf" | "passive" | "participle" | "nominal" | "investNoun" | "license" | "sell";

interface VerbPattern {
  verb: Verb;
  /** The rule's id, kept on each deal it proposes (the draft's comment shows it): "deal.en.raised". */
  id: string;
  re: RegExp;
  /** The verb says little alone ("put", "met"): it needs an amount in the sentence. */
  needsMoney?: boolean;
}

const W = String.raw`(?![\p{L}])`;
const B = String.raw`(?<![\p{L}'-])`; // not inside a word, nor "SoftBank-backed"
// A verb right after a determiner is a noun: "the purchase would...", "un achat".
const NOT_NOUN = String.raw`(?<!(?<![\p{L}])(?:the|a|an|this|that|its|their|his|her|our|le|la|les|un|une|ce|cette|son|sa|ses|leur|leurs)\s)`;
const v = (verb: Verb, id: string, source: string, needsMoney = false): VerbPattern => ({
  verb,
  id,
  // "a license fee plus an acqui-hire" names the deal as well as the verb does.
  // A passive may open on a comma right after a name ("Anaplan, racheté par"): no word boundary there.
  re: new RegExp(`${verb === "participle" || verb === "roundOf" ? "" : verb === "passive" ? `(?:${B}|(?=,))` : B}${verb === "nominal" || verb === "investNoun" || verb === "passive" || verb === "participle" || verb === "raiseNoun" || verb === "roundOf" || verb === "license" ? "" : NOT_NOUN}(?:${source})${W}`, "iu"),
  needsMoney,
});

export const VERBS: Record<Lang, VerbPattern[]> = {
  en: [
    // "Nova's $50 million Series B round": a company's round (who leads it: deals.ts).
    v("roundOf", "deal.en.company-round", String.raw`(?<=\p{L}|\p{N})'s?\s+(?:new\s+|latest\s+)?(?:[$€£]?[\d.,]+\s*(?:million|billion|[mb]n?)?\s+)?(?:(?:series\s+[a-j]|pre-?seed|seed|growth)(?:\s+(?:funding\s+)?round|\s+financing)?|(?:funding\s+)?round|fundraise|financing)`),
    v("license", "deal.en.license-and-hire", String.raw`licens(?:e|es|ed|ing)\b[^.;]{0,120}?\bhir(?:e|es|ed|ing)|hir(?:e|es|ed|ing)\b[^.;]{0,120}?\blicens(?:e|es|ed|ing)`),
    v("passive", "deal.en.acquired-by", String.raw`(?:(?:was|were|is|has\s+been|had\s+been|will\s+be|to\s+be|being|be)\s+|,\s*)(?:acquired|bought|purchased|taken\s+over|snapped\s+up)(?:\s+in\s+\d{4})?\s+by`),
    // "X accepted a takeover offer from Y", "X agreed to a $5 billion buyout by Y": X is bought.
    v("passive", "deal.en.accepted-offer-from", String.raw`(?:accept(?:s|ed|ing)?|agreed\s+to|backs|backed|recommended)\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,3}(?:takeover|buyout|acquisition|purchase)\s+(?:offer|bid|proposal|deal)\s+(?:from|by)`),
    v("participle", "deal.en.comma-acquired-for", String.raw`,\s*(?:acquired|bought|purchased)(?=\s+(?:for\s+)?(?:about\s+|nearly\s+)?[$€£\d])`),
    v("nominal", "deal.en.acquisition-of", String.raw`(?:acquisition|purchase|takeover|buyout)\s+of`),
    // "Amazon completed its $4 billion investment in Anthropic", "Google's $2 billion investment in X".
    v("investNoun", "deal.en.investment-in", String.raw`(?<=(?:'s?|\b(?:its|their))\s+(?:[\w$€£.,-]+\s+){0,3})investment\s+in`),
    v("raiseNoun", "deal.en.announced-round", String.raw`(?:announc|clos|complet|finaliz|secur|unveil)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:a|an|its|their)\s+(?:new\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:funding\s+round|round|raise|fundraise|financing)`),
    v("stake", "deal.en.took-stake-in", String.raw`(?:take|takes|took|taking|taken|acquire|acquires|acquired|buy|buys|bought|buying|build|builds|built)\s+(?:a|an)\s+(?:[\w.,%$€£-]+\s+){0,4}(?:stake|interest|holding)\s+in`),
    v("sell", "deal.en.sold-to", String.raw`s(?:ell|ells|old|elling)`),
    // "X, which took the company private by buying it for $N": X buys the company named before (deals.ts).
    v("acquire", "deal.en.by-buying-it", String.raw`by\s+(?:buying|acquiring|purchasing)\s+(?:it|them)`),
    v("acquire", "deal.en.acquired", String.raw`acquir(?:e|es|ed|ing)|bu(?:y|ys|ying)|bought|purchas(?:e|es|ed|ing)|snap(?:s|ped|ping)?\s+up|tak(?:e|es|ing)\s+over|took\s+over|(?:tak(?:e|es|ing)|took|taken)\s+(?:full\s+)?control\s+of|scoop(?:s|ed)?\s+up`),
    // "seed funding from X", "a funding round" name a round, not X funding someone.
    v("invest", "deal.en.invested-in", String.raw`invest(?:s|ed|ing)?|back(?:s|ed|ing)|fund(?:s|ed)|funding(?!\s+(?:from|round|led|by|of|in|at|to|for)(?![\p{L}]))`),
    v("invest", "deal.en.put-money-into", String.raw`put(?:s|ting)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|plow(?:s|ed|ing)?|commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)`, true),
    v("pay", "deal.en.paid-for", String.raw`pa(?:ys|id|y)|spen(?:ds|t|d|ding)|shell(?:s|ed)?\s+out|fork(?:s|ed)?\s+out`, true),
    v("raise", "deal.en.raised", String.raw`rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed|ing)|clos(?:e|es|ed|ing)|bag(?:s|ged)|pull(?:s|ed)?\s+in|attract(?:s|ed)|gets?|got|obtain(?:s|ed)|receiv(?:e|es|ed)`, true),
  ],
  fr: [
    // "Le tour de table de 20 millions d'euros de Nova": the round of the company named next (who leads it: deals.ts).
    v("roundOf", "deal.fr.tour-de-table-de", String.raw`(?:le\s+tour\s+de\s+table|la\s+lev[ée]e(?:\s+de\s+fonds)?|la\s+s[ée]rie\s+[A-J]|le\s+tour\s+d'amor[çc]age)(?:\s+de\s+[\d,.]+(?:\s+(?:millions?|milliards?))?\s+(?:d'euros|de\s+dollars|euros|dollars|€|\$))?\s+(?:de|d'|du)(?=\s*\p{Lu})`),
    v("license", "deal.fr.licence-et-recrutement", String.raw`licence[^.;]{0,120}?(?:recrut|embauch|d[ée]bauch)|(?:recrut|embauch|d[ée]bauch)[^.;]{0,120}?licence`),
    v("passive", "deal.fr.rachete-par", String.raw`(?:(?:a|ont|avait|avaient)\s+[ée]t[ée]|est|sont|sera|seront|va\s+[êe]tre|vient\s+d'[êe]tre|,)\s*(?:rachet[ée]e?s?|acquis(?:e|es)?|achet[ée]e?s?|repris(?:e|es)?|absorb[ée]e?)(?:\s+en\s+\d{4})?\s+par`),
    // "X a accepté l'offre de rachat du fonds Y": X est racheté.
    v("passive", "deal.fr.accepte-offre-de", String.raw`(?:a|ont|avait)\s+accept[ée]\s+(?:l'offre|la\s+proposition|l'offre\s+publique)\s+(?:de\s+rachat|d'achat|de\s+reprise|d'acquisition)\s+(?:de|du|des|d')`),
    v("participle", "deal.fr.virgule-rachete-pour", String.raw`,\s*(?:rachet[ée]e?s?|acquise?s?|achet[ée]e?s?)(?=\s+(?:pour\s+|pr[èe]s\s+de\s+|environ\s+)?\d)`),
    v("nominal", "deal.fr.rachat-de", String.raw`(?:le\s+)?rachat\s+(?:de|d'|du)|(?:l')?acquisition\s+(?:de|d'|du)|(?:la\s+)?prise\s+de\s+contr[ôo]le\s+(?:de|d'|du)`),
    // "Google a finalisé son investissement de 2 milliards de dollars dans Anthropic".
    v("investNoun", "deal.fr.investissement-dans", String.raw`(?<=(?:son|leur|cet|l')\s*)investissement(?:\s+(?:de|d')\s*[\d,.]+(?:\s+(?:millions?|milliards?))?\s+(?:d'euros|de\s+dollars|euros|dollars|€|\$))?\s+dans`),
    v("raiseNoun", "deal.fr.annonce-levee", String.raw`(?:annonc|boucl|finalis|r[ée]alis|concr[ée]tis|officialis)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:une|sa|son|un)\s+(?:nouvelle\s+|nouveau\s+)?(?:lev[ée]e|tour\s+de\s+table|tour\s+d'amor[çc]age|tour\s+de\s+pr[ée]-?amor[çc]age|tour\s+de\s+financement|s[ée]rie\s+[a-h]|financement)`),
    v("stake", "deal.fr.prend-participation", String.raw`(?:prend(?:re|s|ra)?|a\s+pris|pris|acqui[eè]r(?:t|ent)|rach[èe]te(?:nt)?)\s+une\s+participation|(?:entre(?:r|nt)?|est\s+entr[ée]e?|fait\s+son\s+entr[ée]e)\s+au\s+capital\s+(?:de|d'|du)|mont(?:e|ent|er)\s+au\s+capital\s+(?:de|d'|du)`),
    v("sell", "deal.fr.cede-a", String.raw`vend(?:ue?s?|ent|ra)?|a\s+vendue?s?|c[èe]de|a\s+c[ée]d[ée]|c[ée]der`),
    // "X, qui ... en la rachetant pour N": X buys the company named before (deals.ts).
    v("acquire", "deal.fr.en-le-rachetant", String.raw`en\s+(?:le|la|les|l')\s*(?:rachetant|acqu[ée]rant|achetant|reprenant)`),
    v("acquire", "deal.fr.rachete", String.raw`rach[èe]t(?:e|ent|er|era|ait)|a\s+rachet[ée]|ont\s+rachet[ée]|avai(?:t|ent)\s+rachet[ée]|avai(?:t|ent)\s+acquis|acqui[eè]r(?:t|ent)|acqu[ée]rir|a\s+acquis|ach[èe]t(?:e|ent|er|era)|a\s+achet[ée]|s'offr(?:e|ent|ir|ira)|s'est\s+offert|s'empar(?:e|er)|s'est\s+empar[ée]|(?:met|mettre|a\s+mis)\s+la\s+main\s+sur|prend(?:re)?\s+le\s+contr[ôo]le\s+(?:de|d'|du)|absorbe|reprend|a\s+repris`),
    v("invest", "deal.fr.investit", String.raw`invest(?:it|is|issent|ir|ira|iront|issait|i)|a\s+investi|ont\s+investi|avai(?:t|ent)\s+investi|soutien(?:t|nent)|financ(?:e|ent|er)`),
    v("invest", "deal.fr.injecte", String.raw`inject(?:e|ent|er|era)|a\s+inject[ée]|ont\s+inject[ée]|avai(?:t|ent)\s+inject[ée]|inject[ée]|met(?:tent)?|mis[ée]?|apport(?:e|ent|er)|apport[ée]|plac(?:e|ent|er)|mise\s+sur`, true),
    v("pay", "deal.fr.debourse", String.raw`d[ée]bours(?:e|ent|er|era)|a\s+d[ée]bours[ée]|d[ée]bours[ée]|pay(?:e|ent|er|era)|pai(?:e|ent)|a\s+pay[ée]|vers(?:e|ent|er)|a\s+vers[ée]|d[ée]pens(?:e|er)|a\s+d[ée]pens[ée]|sort\s+le\s+ch[ée]quier`, true),
    v("raise", "deal.fr.leve", String.raw`l[èe]v(?:e|ent|er|era)|a\s+lev[ée]|ont\s+lev[ée]|avoir\s+(?:lev[ée]|boucl[ée]|obtenu|re[çc]u|s[ée]curis[ée]|r[ée]colt[ée])|avai(?:t|ent)\s+(?:d[ée]j[àa]\s+|alors\s+)?(?:lev[ée]|obtenu|re[çc]u|r[ée]colt[ée]|boucl[ée])|lev[ée]e\s+de\s+fonds|boucl(?:e|ent|er)|a\s+boucl[ée]|obtien(?:t|nent)|a\s+obtenu|r[ée]colt(?:e|ent)|a\s+r[ée]colt[ée]|s[ée]curis(?:e|ent)|a\s+s[ée]curis[ée]|empoch(?:e|ent)|a\s+empoch[ée]|attire|a\s+attir[ée]|re[çc]oi(?:t|vent)|a\s+re[çc]u`, true),
  ],
};

export type Cues = Record<
  "lead" | "leadActive" | "participateActive" | "participants" | "others" | "valuation" | "notAmount" | "perShare" | "stakeWord" | "roundWord" | "earlier" | "rumor" | "terminated" | "completed" | "pronounSubject" | "describedSubject" | "continuation",
  RegExp
>;

// A few words between a cue and the name it introduces: "from the private equity firm X".
const FEW_WORDS = String.raw`(?:\s+(?:[\p{Ll}][\p{L}'-]*)){0,4}`;
// A list of investors after a colon: "joined by three new backers: GIC, ...", "les
// investisseurs déjà présents au capital : IVP, ...".
const COLON_LIST = String.raw`|(?:investors?|backers?|shareholders?|funds?|investisseurs?|actionnaires?|fonds)(?:\s+[\p{Ll}\p{N}][\p{L}'-]*){0,5}\s*:\s*`;

export const CUES: Record<Lang, Cues> = {
  en: {
    lead: /(?:co-?)?led\s+(?:jointly\s+)?by|spearheaded\s+by|headed\s+by/iu,
    leadActive: /^\s*(?:,[^,]*,\s*)?(?:co-?led|led|headed|spearheaded)\s+(?:the|this|its)\s+(?:round|raise|investment|financing|deal|operation)/iu,
    participants: new RegExp(`(?:led\\s+by|from|with\\s+participation\\s+(?:from|by)|participation\\s+from|including|includ(?:e|es|ed)|backed\\s+by|alongside|joined\\s+by|with|investors\\s+(?:were|are|include)|among\\s+them|such\\s+as|as\\s+did|brings\\s+in|brought\\s+in|welcomes|welcomed|(?:existing|returning)\\s+(?:investors|backers|shareholders)(?:\\s+such\\s+as)?)${FEW_WORDS}\\s*$${COLON_LIST}$`, "iu"),
    participateActive: /^\s*(?:,[^,]*,\s*)?(?:also\s+|all\s+|both\s+)?(?:took\s+part|take\s+part|participated|participate|joined|join|invested|chipped\s+in|came\s+in|returned|reinvested|re-?upped|followed\s+on|put\s+in\s+money|(?:rounded|round|rounds|completed|complete|completes)\s+out\s+the\s+(?:round|financing)|(?:are|were|is|was)\s+(?:also\s+)?(?:among\s+(?:the\s+)?(?:other\s+|new\s+|existing\s+)?(?:backers|investors|participants|funders)|(?:new\s+|existing\s+)?(?:backers|investors)\s+in\s+the\s+(?:round|deal)))(?![\p{L}])/iu,
    others: /(?:and|with|alongside)\s+(?:several\s+|a\s+number\s+of\s+|unnamed\s+|existing\s+)?(?:other|others|more)(?:\s+(?:investors|backers|funds|firms|companies))?(?![\p{L}])|among\s+others|other\s+(?:investors|backers)/iu,
    valuation: /(?:[Vv]alu(?:ing|ed|es|ation)|valued)\s+(?:(?:it|them|the\s+(?:[\p{L}-]+\s+){0,2}(?:company|startup|start-up|firm|business|group|lab|maker|platform)|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s+)?(?:of\s+|at\s+|to\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+|close\s+to\s+)?$/u,
    notAmount: /(?:revenue|revenues|sales|turnover|profit|profits|loss|losses|income|earnings|ARR|market\s+cap(?:italization)?|capex|spending\s+on|budget|debt|fine|penalty|offer\s+of|bid\s+of|(?:termination|break-?up|reverse\s+termination)\s+fee|fee)(?:\s+(?:of|at|to))?\s+(?:of\s+|reached\s+|topped\s+|about\s+|roughly\s+)?$/iu,
    perShare: /^\s*(?:a|per|each)\s+share/iu,
    stakeWord: /(?<![\p{L}])(?:stake|interest|holding|shares?|equity|ownership|minority|majority|non-voting)(?![\p{L}])/iu,
    roundWord: /(?<![\p{L}])(?:round|series\s+[a-h](?![\p{L}])|seed|pre-seed|funding|financing|fundraise|fundraising|raise|tranche)(?![\p{L}])/iu,
    // "already an investor", "déjà actionnaire" describe an investor, not an earlier deal.
    earlier: /(?<![\p{L}])(?:previously|earlier|had\s+(?:already\s+)?(?:invested|raised|acquired|bought|put|backed|received)|already(?!\s+(?:an?\s+)?(?:investors?|shareholders?|backers?|on\s+board))|back\s+in|at\s+the\s+time|before\s+that|prior)(?![\p{L}])/iu,
    rumor: /(?<![\p{L}])(?:in\s+(?:advanced\s+)?talks|reportedly|is\s+said\s+to|are\s+said\s+to|according\s+to\s+(?:people|sources|a\s+person)|considering|weighing|exploring|could\s+(?:acquire|buy|invest)|rumou?r(?:ed|s)?|in\s+discussions?)(?![\p{L}])/iu,
    terminated: /(?<![\p{L}])(?:call(?:s|ed)?\s+off|abandon(?:s|ed)|scrap(?:s|ped)|terminat(?:e|es|ed)|walk(?:s|ed)?\s+away|blocked|collaps(?:e|ed)|dropp(?:ed)?\s+(?:its|the)\s+(?:bid|plan)|turned\s+down|rejected)(?![\p{L}])/iu,
    completed: /(?<![\p{L}])(?:complet(?:e|es|ed)|clos(?:e|es|ed)\s+(?:its|the)\s+(?:acquisition|deal|purchase|takeover)|finaliz(?:e|es|ed)|paid|has\s+now\s+(?:acquired|bought))(?![\p{L}])/iu,
    pronounSubject: /^\s*(?:[^,:]{0,60}[,:]\s*){0,2}(?:["']\s*)?(?:it|the\s+(?:company|group|firm|startup|start-up|giant|tech\s+giant|social\s+network|chipmaker|maker|platform|lab|investor|fund|business))(?![\p{L}])/iu,
    // A round's subject as a description of the company named before: "The San Francisco start-up raised...".
    describedSubject: /^\s*(?:[^,:]{0,40}[,:]\s*)?(?:["']\s*)?the\s+[\p{Ll}\p{Lu}][\p{L}-]*/u,
    continuation: /(?<![\p{L}])(?:the\s+(?:deal|transaction|acquisition|purchase|takeover|round|investment|price|operation)|the\s+all-cash\s+deal|it\s+was\s+(?:first\s+)?announced)(?![\p{L}])/iu,
  },
  fr: {
    lead: /(?:co-?)?(?:men[ée]e?s?|emmen[ée]e?s?|pilot[ée]e?s?|conduite?s?|orchestr[ée]e?s?)(?:\s+conjointement)?\s+par|sous\s+la\s+houlette\s+(?:de|d'|du)|avec\s+en\s+t[êe]te/iu,
    leadActive: /^\s*(?:,[^,]*,\s*)?(?:(?:ont|a|avaient|avait)\s+)?(?:co-?)?(?:men[ée]|pilot[ée]|conduit|emmen[ée]|orchestr[ée])\s+(?:l'op[ée]ration|le\s+tour|la\s+lev[ée]e|ce\s+tour|cette\s+lev[ée]e)/iu,
    participants: new RegExp(`(?:(?:à\\s+laquelle|auquel|dans\\s+laquelle|dans\\s+lequel)\\s+(?:ont|a|avaient|avait)\\s+(?:aussi\\s+|[ée]galement\\s+)?particip[ée]|par|aupr[èe]s\\s+(?:de|d'|du|des)|avec\\s+la\\s+participation\\s+(?:de|d'|du|des)|aux\\s+c[ôo]t[ée]s\\s+(?:de|d'|du|des)|parmi\\s+lesquels|parmi\\s+lesquelles|dont|notamment|ainsi\\s+que|avec|rejoint\\s+par|de\\s+la\\s+part\\s+(?:de|d'|du|des)|comme|fait\\s+entrer(?:\\s+à\\s+son\\s+capital)?|accueille|suivie?s?\\s+par|accompagn[ée]e?s?\\s+par|soutenue?s?\\s+par)${FEW_WORDS}\\s*(?:de\\s+|d'|du\\s+|des\\s+)?$${COLON_LIST}$`, "iu"),
    participateActive: /^\s*(?:,[^,]*,\s*)?(?:(?:ont|a|avaient|avait|sont|est)\s+)?(?:aussi\s+|[ée]galement\s+)?(?:particip[ée]|participent|participe|remett\p{L}*\s+au\s+pot|remis\s+au\s+pot|suivent|suivi|investi|investissent|accompagnent|accompagn[ée]|r[ée]investi|(?:de\s+la\s+partie|du\s+tour\s+de\s+table|parmi\s+les\s+(?:investisseurs|participants))|(?:fait|font)\s+(?:aussi\s+|[ée]galement\s+)?(?:son|leur)\s+entr[ée]e(?:\s+au\s+capital)?|entre(?:nt)?\s+(?:aussi\s+|[ée]galement\s+)?au\s+capital|compl[èe]t(?:e|ent|ait|aient)\s+(?:le\s+tour\s+de\s+table|l'op[ée]ration|la\s+lev[ée]e))(?![\p{L}])/iu,
    others: /(?:et|avec|ainsi\s+que)\s+(?:de\s+|d')?(?:plusieurs\s+|d'autres\s+|autres\s+|divers\s+)(?:investisseurs|fonds|acteurs|soci[ée]t[ée]s|partenaires)|d'autres\s+investisseurs|entre\s+autres/iu,
    valuation: /(?:valoris(?:e|ent|ant|ée|ées|é|er|ation)|valeur|estim[ée]e?|valu[ée]e?)\s+(?:(?:post|pr[ée]|pre)-?money\s+)?(?:de\s+|d'|du\s+)?(?:(?:(?:la\s+(?:soci[ée]t[ée]|start-?up|jeune\s+pousse|p[ée]pite|licorne|firme|entreprise|plateforme)|l'entreprise|le\s+groupe)(?:\s+[\p{Ll}-]+){0,2}|celle-ci|la|le|l')\s*)?(?:à\s+|de\s+)?(?:environ\s+|pr[èe]s\s+de\s+|plus\s+de\s+|quelque\s+|autour\s+de\s+|aux\s+alentours\s+de\s+)?$/iu,
    notAmount: /(?:chiffre\s+d'affaires|revenus?|ventes|b[ée]n[ée]fices?|pertes?|r[ée]sultat|capitalisation(?:\s+boursi[èe]re)?|budget|dette|amende|offre\s+de|d[ée]passe|indemnit[ée]s?(?:\s+de\s+(?:rupture|r[ée]siliation))?|frais)(?:\s+(?:de|d'|du))?\s+(?:de\s+|d'|atteint\s+|environ\s+|d[ée]sormais\s+)?$/iu,
    perShare: /^\s*(?:par|l')\s*action/iu,
    stakeWord: /(?<![\p{L}])(?:participation|part|parts|capital|actions|minoritaire|majoritaire|droit\s+de\s+vote|actionnaire)(?![\p{L}])/iu,
    roundWord: /(?<![\p{L}])(?:tour\s+de\s+table|lev[ée]e|s[ée]rie\s+[a-h](?![\p{L}])|amor[çc]age|financement|round|tranche)(?![\p{L}])/iu,
    earlier: /(?<![\p{L}])(?:auparavant|pr[ée]c[ée]demment|d[ée]j[àa](?!\s+(?:actionnaires?|pr[ée]sents?|investisseurs?|au\s+capital|pr[ée]sents?\s+au\s+capital))|avai(?:t|ent)\s+(?:investi|inject[ée]|lev[ée]|rachet[ée]|mis|d[ée]bours[ée]|re[çc]u)|à\s+l'[ée]poque|plus\s+t[ôo]t)(?![\p{L}])/iu,
    rumor: /(?<![\p{L}])(?:serai(?:t|ent)\s+en\s+(?:discussions?|n[ée]gociations?|pourparlers)|en\s+(?:discussions?|n[ée]gociations?|pourparlers)|envisag(?:e|erait|eraient)|pourrai(?:t|ent)|selon\s+des\s+sources|rumeurs?|aurai(?:t|ent)\s+(?:rachet|investi|acquis|mis)|s'appr[êe]terai(?:t|ent))(?![\p{L}])/iu,
    terminated: /(?<![\p{L}])(?:renonc(?:e|é)|abandonn(?:e|é)|annul[ée]|bloqu[ée]|jett?e\s+l'[ée]ponge|capot[ée]|refus[ée])(?![\p{L}])/iu,
    completed: /(?<![\p{L}])(?:finalis[ée]|a\s+finalis[ée]|boucl[ée]\s+(?:le|son|l')\s*(?:rachat|acquisition)|a\s+d[ée]bours[ée]|a\s+pay[ée]|a\s+vers[ée]|d[ée]bours[ée])(?![\p{L}])/iu,
    pronounSubject: /^\s*(?:[^,:]{0,60}[,:]\s*){0,2}(?:["']\s*)?(?:il|elle|la\s+(?:soci[ée]t[ée]|firme|start-?up|jeune\s+pousse|p[ée]pite|licorne|maison\s+m[èe]re)|le\s+(?:groupe|g[ée]ant|g[ée]ant\s+\S+|r[ée]seau\s+social|fonds|constructeur|fabricant|laboratoire|num[ée]ro\s+un)|l'(?:entreprise|am[ée]ricain|[ée]diteur|investisseur))(?![\p{L}])/iu,
    // "Le spécialiste de la robotique d'entrepôt, installé à Croix, a levé...".
    describedSubject: /^\s*(?:[^,:]{0,40}[,:]\s*)?(?:["'«]\s*)?(?:[Ll][ea]\s+|[Ll]')\p{Ll}[\p{L}-]*/u,
    continuation: /(?<![\p{L}])(?:le\s+montant|l'op[ée]ration|la\s+transaction|le\s+rachat|l'acquisition|le\s+prix|l'accord|la\s+lev[ée]e|le\s+tour\s+de\s+table)(?![\p{L}])/iu,
  },
};

// A pronoun object: the company named before ("before Google bought it").
// The object as a pronoun inside the verb's words: "en la rachetant", "by buying it".
export const GERUND_PRONOUN = /^(?:en\s+(?:le|la|les|l')|by\s+\p{L}+\s+(?:it|them))/iu;
export const PRONOUN_OBJECT = /^\s*(?:it|them|the\s+company|the\s+start-?up|the\s+firm)(?![\p{L}])|^\s*(?:le|la|l')\s*$/iu;
// "into the company" (the one named before), not "dans la start-up lyonnaise Botdesign" (named after).
export const INTO_THE_COMPANY = /^\s*(?:[^,;]{0,40}?\s)?(?:into|in|dans)\s+(?:the\s+company|the\s+start-?up|the\s+firm|it|l'entreprise|la\s+soci[ée]t[ée]|la\s+start-?up|celle-ci)(?![\p{L}])(?!(?:\s+[\p{Ll}-]+){0,2}\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))[\p{Lu}])/u;
export const GENERIC_INVESTORS = /(?:investors|backers|shareholders|investisseurs|actionnaires)\s*,?\s*(?:who|which|qui)?\s*(?:had\s+|have\s+|avaient\s+|ont\s+)?$/iu;

// "the purchase of the maker of Roomba": the object describes a company by what it makes; the name is a product.
export const MAKER_OF = /(?:the|l[ea]|l')\s*(?:maker|owner|developer|creator|publisher|operator|fabricant|propri[ée]taire|[ée]diteur|cr[ée]ateur|op[ée]rateur)\s+(?:of|de|du|des|d')\s*$/iu;
// "The deal, first announced in August 2022": when the deal was announced, not today's news.
export const FIRST_ANNOUNCED = /(?<![\p{L}])(?:first\s+announced|originally\s+announced|initialement\s+annonc[ée]e?|annonc[ée]e?\s+initialement|annonc[ée]e?\s+pour\s+la\s+premi[èe]re\s+fois)(?![\p{L}])/iu;

// An amount restated in another currency: "(près de 300 millions d'euros)", ", soit environ 3,3 milliards d'euros".
export const CONVERSION = /(?:\(\s*(?:près\s+de\s+|environ\s+|about\s+|around\s+|roughly\s+|some\s+)?|(?<![\p{L}])(?:soit|or|i\.e\.)\s+(?:environ\s+|près\s+de\s+|about\s+|around\s+|roughly\s+|some\s+)?)$/iu;

export const PRE_MONEY = /pre-?money|avant\s+(?:l'op[ée]ration|lev[ée]e|augmentation)|pr[ée]-money/iu;

// A sentence after a round's that goes on naming its investors.
export const INVESTOR_TALK: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:investors?|backers?|shareholders?|round|particip\p{L}*|joined|alongside|took\s+part|chipped\s+in|returned|reinvested)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:investisseurs?|actionnaires?|tour\s+de\s+table|op[ée]ration|lev[ée]e|participation|particip\p{L}*|aux\s+c[ôo]t[ée]s|remett\p{L}*\s+au\s+pot|suivent|accompagn\p{L}*|entr[ée]e|au\s+capital)(?![\p{L}])/iu,
};

/**
 * How news names a round's stage, in English and French, most specific first (a "pre-seed"
 * round is not a "seed" one). "Series F" / "série F" give the letter; the rest a word.
 */
export const STAGE_PATTERNS: ReadonlyArray<readonly [RoundStageName | "SERIES", RegExp]> = [
  ["SERIES", /(?<![\p{L}])(?:series|s[ée]rie)\s+([A-J])(?![\p{L}])/iu],
  ["PRE_SEED", /(?<![\p{L}])(?:pre-?seed|pr[ée]-?amor[çc]age)(?![\p{L}])/iu],
  ["SEED", /(?<![\p{L}])(?:seed|amor[çc]age)(?![\p{L}])/iu],
  ["PRE_IPO", /(?<![\p{L}])pre-?IPO(?![\p{L}])/iu],
  ["BRIDGE", /(?<![\p{L}])bridge\s+(?:round|financing|loan)(?![\p{L}])/iu],
  ["GROWTH", /(?<![\p{L}])(?:growth(?:-stage)?\s+(?:round|equity|financing)|(?:tour(?:\s+de\s+table)?|lev[ée]e(?:\s+de\s+fonds)?)\s+de\s+croissance)(?![\p{L}])/iu],
];
