// Word lists the entity finder leans on, in English and French. Small on purpose: they
// tell a capitalized common word from a name ("Pour", "According"), a place from a
// company ("Silicon Valley"), a person from a company ("Alexandr Wang" vs "Scale AI").
// Lookups are on lowercased, accent-stripped words (see `plain`).

/** Lowercase, no accents, ASCII apostrophes: the form every list below is written in. */
export function plain(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2019\u2018]/g, "'")
    .toLowerCase();
}

const set = (words: string) => new Set(words.trim().split(/\s*\|\s*|\s*\n\s*/).map(plain).filter(Boolean));

/**
 * Words that start sentences or headings without being names: articles, pronouns,
 * prepositions, conjunctions, adverbs, frequent verbs and nouns of either language.
 */
export const COMMON_WORDS = set(`
  the|a|an|this|that|these|those|its|his|her|their|our|my|your|it|he|she|they|we|you|i|there|here|some|any|all|each|every|no|not|
  and|or|but|so|yet|if|when|while|as|because|since|after|before|although|though|unless|until|whether|how|why|what|which|who|whom|where|
  in|on|at|by|for|from|with|without|of|to|into|onto|about|over|under|between|among|through|during|against|across|behind|beyond|per|via|
  according|under|despite|meanwhile|however|also|still|even|only|just|now|then|today|yesterday|tomorrow|last|next|first|second|new|former|
  earlier|later|finally|instead|indeed|rather|both|either|neither|such|more|most|many|much|few|several|other|another|same|
  said|says|says|told|added|announced|reported|according|read|see|why|how|what|update|updated|editor|note|photo|source|sources|
  le|la|les|l|un|une|des|du|de|d|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes|il|elle|ils|elles|on|nous|vous|je|
  et|ou|mais|donc|or|ni|car|si|quand|lorsque|comme|puisque|parce|pourquoi|comment|que|qui|quoi|dont|ou|
  en|dans|sur|sous|chez|pour|par|avec|sans|selon|apres|avant|depuis|pendant|entre|vers|contre|malgre|parmi|des|d'apres|grace|
  cependant|pourtant|toutefois|ainsi|alors|aussi|encore|deja|enfin|puis|ensuite|desormais|aujourd'hui|hier|demain|mieux|bref|
  reste|reponse|pourquoi|voici|voila|tout|tous|toute|toutes|chaque|plusieurs|certains|autre|autres|meme|seul|seule|
  nouveau|nouvelle|ancien|ancienne|premier|premiere|dernier|derniere|cote|fin|debut|bilan|objectif|resultat|
  mr|mrs|ms|dr|m|mme|mlle|me|pr|prof|sir|monsieur|madame|
  one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|cent|mille|
  founded|co-founded|created|launched|based|headquartered|backed|born|fondee|cofondee|creee|lancee|nee|passee|installee|basee|soutenue|implantee
`);

/** Months and weekdays (capitalized in English), and calendar words. */
export const CALENDAR_WORDS = set(`
  january|february|march|april|may|june|july|august|september|october|november|december|
  janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|
  monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|
  q1|q2|q3|q4|h1|h2|christmas|noel
`);

/**
 * Acronyms and words that are never a name by themselves, and that end a run of
 * capitalized words ("Scale AI CEO Alexandr Wang": "CEO" splits the two names).
 * Some may continue a name ("AI" in "Scale AI", see NAME_TAILS).
 */
export const NEVER_NAMES = set(`
  ceo|cto|cfo|coo|cpo|cmo|cso|pdg|dg|vp|svp|evp|ipo|ai|ia|ml|llm|llms|gpu|gpus|cpu|api|apis|saas|phd|mba|r&d|b2b|b2c|
  us|usa|uk|eu|ue|un|onu|gdp|pib|tv|ok|faq|ceo's|
  series|serie|round|tour|seed|pre-seed|amorcage|ipo|spac|
  inc|corp|ltd|llc|sa|sas|plc|gmbh|ag|nv|bv|
  chairman|chairwoman|chair|president|presidente|founder|cofounder|co-founder|fondateur|fondatrice|cofondateur|cofondatrice|
  chief|director|directeur|directrice|head|manager|officer|executive|board|conseil|partner|associe|analyst|analyste|
  minister|ministre|senator|senateur|professor|professeur|
  etats-unis|europe|internet
`);

/**
 * Words that may continue a name without starting one ("Scale AI", "Acme Labs", "Cisco
 * Systems"), and that a company's short name leaves out ("Cisco" is "Cisco Systems";
 * "Google" is not "Google Cloud").
 */
export const NAME_TAILS = set(`
  ai|ia|inc|corp|ltd|llc|sa|sas|plc|gmbh|ag|nv|bv|co|labs|lab|group|groupe|systems|technologies|technology|holdings|holding|
  corporation|international|industries|entertainment|platforms|software|company
`);

/** Last words that make a name a company's; the second list also makes it an investor. */
export const COMPANY_HEADS = set(`
  ai|ia|labs|lab|technologies|technology|tech|group|groupe|holding|holdings|systems|software|bank|banque|robotics|networks|network|
  therapeutics|motors|energy|energies|games|studios|studio|media|medias|security|cloud|data|analytics|health|sante|bio|biotech|
  inc|corp|corporation|sa|sas|ltd|llc|gmbh|ag|plc|computing|semiconductor|semiconductors|pharma|pharmaceuticals|foods|mobility|
  finance|financial|pay|payments|intelligence|dynamics|industries|international|solutions|digital|interactive|entertainment|
  communications|telecom|airlines|automotive|electronics|microsystems|research|scientific|platforms|instruments|
  aerospace|robotique|logiciels|informatique|assurances|insurance|services|partners|ventures|capital|fund|fonds|investments|
  management|advisors|equity|investissement|investissements|gestion|associates
`);
export const INVESTOR_HEADS = set(`partners|ventures|capital|fund|fonds|investments|management|advisors|equity|investissement|investissements|gestion|associates`);

/** Places that look like names. */
export const PLACES = set(`
  silicon valley|san francisco|new york|los angeles|palo alto|menlo park|mountain view|cupertino|redmond|seattle|austin|boston|
  washington|chicago|miami|texas|california|californie|delaware|london|londres|paris|berlin|munich|amsterdam|dublin|stockholm|
  helsinki|zurich|geneva|geneve|madrid|barcelone|barcelona|milan|rome|bruxelles|brussels|lyon|marseille|toulouse|bordeaux|lille|
  nantes|grenoble|montreal|toronto|vancouver|tokyo|seoul|seoul|pekin|beijing|shanghai|shenzhen|hong kong|singapore|singapour|
  bangalore|mumbai|delhi|dubai|abu dhabi|riyad|riyadh|tel aviv|jerusalem|sydney|
  france|europe|allemagne|germany|royaume-uni|united kingdom|britain|angleterre|england|etats-unis|united states|amerique|america|
  chine|china|japon|japan|inde|india|israel|canada|suisse|switzerland|italie|italy|espagne|spain|suede|sweden|finlande|finland|
  pays-bas|netherlands|belgique|belgium|irlande|ireland|coree|korea|coree du sud|south korea|taiwan|asie|asia|afrique|africa|
  arabie saoudite|saudi arabia|emirats|uae|bresil|brazil|mexique|mexico|australie|australia|russie|russia|ukraine|
  ile-de-france|station f|wall street|bay area|la defense|
  new jersey|new mexico|new hampshire|new delhi|new zealand|nouvelle-zelande|new york city|santa clara|san jose|san diego|
  santa monica|sunnyvale|abou dhabi|virginia|virginie|florida|floride|colorado|oregon|utah|arizona|georgia|ohio|michigan|
  massachusetts|pennsylvania|pennsylvanie|north carolina|caroline du nord|ontario|quebec|bavaria|baviere
`);

/** Adjectives of nationality and other capitalized words that are not names (English capitalizes them). */
export const NOT_NAMES = set(`
  american|americans|french|british|german|chinese|japanese|european|israeli|indian|canadian|korean|swiss|italian|spanish|
  irish|dutch|swedish|finnish|danish|norwegian|belgian|austrian|polish|russian|ukrainian|australian|brazilian|mexican|saudi|emirati|
  taiwanese|singaporean|nordic|californian|texan|parisian|londoner|asian|african|latin|arab|
  americain|americaine|francais|francaise|europeen|europeenne|
  christmas|internet|covid|covid-19|brexit|nasdaq|nyse|dow|jones|s&p|cac|euronext|
  monsieur|madame|mister|mr|mrs|ms|dr|
  superintelligence|metaverse|meta-vers|generative|intelligence|artificial|artificielle
`);

/**
 * Words of institutions that are neither companies nor people (regulators, courts,
 * ministries, universities): a name holding one is not proposed.
 */
export const INSTITUTION_WORDS = set(`
  authority|commission|agency|office|ministry|department|council|court|parliament|government|senate|congress|university|
  institute|foundation|association|federation|union|committee|bureau|tribunal|police|army|
  autorite|agence|ministere|conseil|cour|parlement|gouvernement|senat|assemblee|universite|institut|fondation|federation|
  comite|commissaire|prefecture|mairie|region|departement|europeenne|nations
`);

/** Common first names (tech news, both languages, and international ones frequent in it). */
export const FIRST_NAMES = set(`
  aaron|adam|adrian|adrien|aidan|alain|alan|alban|albert|alex|alexander|alexandra|alexandre|alexis|alice|alicia|amanda|
  amy|ana|anand|andre|andrea|andrew|andy|angela|anne|annie|anthony|antoine|arthur|arvind|ashley|audrey|aurelien|barbara|
  baptiste|bastien|ben|benjamin|benoit|bernard|bill|bob|bobby|brad|brendan|brian|bruno|camille|carl|carlos|caroline|
  catherine|cedric|celine|charles|charlie|charlotte|chris|christian|christine|christophe|christopher|claire|clara|
  claude|clement|colin|cyril|dan|daniel|daniela|david|denis|didier|dmitri|dominique|doug|douglas|dylan|ed|edouard|elena|
  eli|elizabeth|emily|emma|emmanuel|eric|erik|etienne|eugene|eva|fabien|fabrice|fei-fei|florence|florian|francois|
  francoise|frank|frederic|gabriel|gary|gautier|george|georges|gerard|gilles|greg|gregory|guillaume|hans|harry|helene|
  henri|henry|hugo|ian|igor|ilya|isabelle|jack|jacques|jake|james|jan|jane|jason|jean|jean-baptiste|jean-louis|
  jean-marc|jean-pierre|jeff|jeffrey|jennifer|jeremy|jerome|jessica|jim|joe|johan|john|jonathan|jordan|jose|joseph|josh|
  julia|julie|julien|justin|karen|karim|kate|katherine|kevin|kim|laura|laurent|lea|leo|linda|lisa|louis|luc|lucas|lucie|
  ludovic|marc|marcel|marco|margaret|maria|marie|marine|mark|martin|mary|mathieu|matt|matthew|matthieu|max|maxime|
  melanie|michael|michel|michelle|mike|mohamed|nadia|nat|nathalie|nathan|nicolas|nicole|olivier|oscar|pascal|patrick|
  paul|pauline|peter|philippe|pierre|quentin|rachel|rafael|raphael|remi|rene|richard|rob|robert|robin|roger|romain|ryan|
  sam|samuel|sandra|sarah|sasha|scott|sebastien|sergey|simon|sophie|stephane|stephanie|steve|steven|susan|sylvain|
  thibault|thierry|thomas|tim|timothee|tom|tony|travis|valerie|vincent|virginie|walter|william|xavier|yann|yves|zoe|
  reed|gael|tristan|aude|agathe|margot|jacob|ali|omar|yusuf|wei|li|xi|jun|hiroshi|kai|lars|rohit|sanjay|raj|priya|anil|
  vinod|kumar|ravi|sridhar|shiv|jay|jayant|lina|lyna|vivek|meg|dominic|joshua|kenneth|ken|larry|sergei|tobias|tobi|
  marc-antoine|stefan|stephan|sebastian|sven|niels|nils|pablo|juan|luis|miguel|diego|javier|giovanni|luca|matteo|
  francesco|paolo|yuki|takeshi|akira|min|jin|hyun|ahmed|mehdi|youssef|fatima|leila|amir|reza|yosef|avi|moshe|eyal|yossi|
  gil|guy|oren|uri|ido|tal|noa|michal|shira|roy|karl|jens|jurgen|klaus|wolfgang|helmut|anders|magnus|olaf|piotr|pawel|
  andrzej|ivan|olga|natalia|anna|sofia
`);

/**
 * Nouns that, right before a name, say it is a company ("la start-up Mistral AI",
 * "chipmaker Nvidia"), or right after it as an apposition ("Wiz, the Israeli startup").
 */
export const COMPANY_NOUNS = String.raw`start-?up|startup|soci[ée]t[ée]|entreprise|firme|groupe|licorne|fintech|pépite|p[ée]pite|plateforme|[ée]diteur|fabricant|sp[ée]cialiste|fonds|g[ée]ant|op[ée]rateur|constructeur|laboratoire|cabinet|banque|assureur|company|firm|group|unicorn|maker|chipmaker|platform|developer|rival|lab|investor|venture\s+firm|investment\s+firm|fund|bank|giant|provider|insurer|conglomerate|retailer|carmaker|automaker|subsidiary|filiale|spin-off|competitor|concurrent|acquirer|parent|social\s+network|r[ée]seau\s+social|marketplace|app|application|service|division|unit|arm|branch|entit[ée]|branche|p[ôo]le|jeune\s+pousse|[ée]quipementier|fournisseur|supplier|distributeur|scale-?up`;

/** Nouns that, right before a name, say it is a person ("le milliardaire Yuri Milner", "entrepreneur Elon Musk"). */
export const PERSON_NOUNS = String.raw`milliardaire|billionaire|multimillionnaire|millionaire|entrepreneur|entrepreneuse|serial\s+entrepreneur|businessman|businesswoman|homme\s+d'affaires|femme\s+d'affaires|magnat|magnate|tycoon|philanthrope|philanthropist|business\s+angel|angel\s+investor|investisseur\s+providentiel|chercheur|chercheuse|researcher|scientist|scientifique|ingénieur|ingénieure|engineer|économiste|economist|ancien\s+ministre|former\s+minister|mathématicien|mathématicienne|informaticien|informaticienne|animateur|animatrice|journaliste|journalist|l'ex-patron|ex-patron|acteur|actrice|actor|actress|chanteur|chanteuse|singer|rappeur|rapper|footballeur|footballer`;

/** Titles of address that open a person's name ("Prince Alwaleed Bin Talal"): dropped from the name. */
export const HONORIFICS = set(`prince|princess|princesse|sheikh|cheikh|lord|lady|sir|dame|king|queen|roi|reine|emir|sultan`);

/** Words before a name that say it is a person ("M. Wang", "CEO Sam Altman" is handled by titles). */
export const PERSON_PREFIXES = String.raw`M\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Mlle|Dr\.?|Pr\.?|Prof\.?|Sir|Dame`;

/** Verbs of speech before a name, as French writes them ("explique Arthur Mensch"). */
export const SPEECH_VERBS_BEFORE = String.raw`d[ée]clare|explique|affirme|souligne|ajoute|pr[ée]cise|estime|confie|assure|r[ée]sume|indique`;

/** Verbs of speech after a name, which mostly follow people ("Wang said", "explique Arthur Mensch"). */
export const SPEECH_VERBS = String.raw`said|says|told|added|explained|wrote|tweeted|a\s+d[ée]clar[ée]|d[ée]clare|explique|a\s+expliqu[ée]|affirme|a\s+affirm[ée]|souligne|a\s+soulign[ée]|ajoute|a\s+ajout[ée]|pr[ée]cise|a\s+pr[ée]cis[ée]|estime|confie|a\s+confi[ée]`;
