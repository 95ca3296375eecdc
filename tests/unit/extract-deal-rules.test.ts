// The deal patterns of issue 16, in English and French: lead and participating investors
// in the sentences after a round, lists read across "the" or a title, a description as a
// round's subject, the valuation of a later sentence, stages, deal kinds, and the id of the
// rule that read each deal (kept in the draft's comment).
import { describe, expect, it } from "vitest";
import { renderDraft } from "../../src/extract/draft.js";
import { extract } from "../../src/extract/extract.js";

/** The active deals of a text, compactly, with the rule that read each. */
function deals(body: string) {
  const x = extract(`Headline\n\n${body}\n`, { published: "2024-06-10" });
  return x.deals
    .filter((d) => d.active)
    .map((d) => ({
      kind: d.kind,
      investors: d.investors.map((e) => e.name),
      target: d.target.name,
      ...(d.leads.length ? { leads: d.leads.map((e) => e.name) } : {}),
      ...(d.amount ? { amount: `${d.amount.value} ${d.amount.currency}` } : {}),
      ...(d.valuation ? { valuation: `${d.valuation.value} ${d.valuation.currency}` } : {}),
      ...(d.stage ? { stage: d.stage.value } : {}),
      ...(d.announcedOn ? { on: d.announcedOn.date } : {}),
      rule: d.rule,
    }));
}

describe("round investors, English", () => {
  it("'X and Y led the round. A and B also took part.' in the sentences after the round (rule investors.en.group-took-part)", () => {
    const [d, ...rest] = deals(
      "Orbital AI, the start-up founded by Jane Moreau last year, said on Sunday it had raised $6 billion in a Series B round. Northwind Ventures and Harbor Capital led the round. Nvidia and AMD also took part.",
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: "FUNDING_ROUND", target: "Orbital AI", investors: ["Northwind Ventures", "Harbor Capital", "Nvidia", "AMD"], leads: ["Northwind Ventures", "Harbor Capital"], stage: "SERIES_B" });
    expect(d!.rule).toBe("deal.en.raised+investors.en.group-led-round+investors.en.group-took-part");
  });

  it("'A and B also took part' two sentences after the round, past a sentence about something else", () => {
    expect(deals("Orbital AI said on Sunday it had raised $6 billion in a Series B round. The money will pay for computing power. Nvidia and AMD also took part.")[0]).toMatchObject({
      investors: ["Nvidia", "AMD"],
      rule: "deal.en.raised+investors.en.group-took-part",
    });
  });

  it("'X co-led the round with Y': both lead; 'seed funding from X' is no deal of its own", () => {
    expect(deals("Nova raised $30 million in a Series A. Accel co-led the round with Index Ventures.")[0]).toMatchObject({ investors: ["Accel", "Index Ventures"], leads: ["Accel", "Index Ventures"] });
    expect(deals("Nova secured $12 million in seed funding from Accel and Kima Ventures.")).toEqual([
      expect.objectContaining({ kind: "FUNDING_ROUND", investors: ["Accel", "Kima Ventures"], target: "Nova", stage: "SEED" }),
    ]);
  });

  it("'A, the B Fund, C and D, the Amazon founder, are among the backers': the list read across 'the', the apposition left out", () => {
    expect(deals("Cobalt Robotics raised $300 million in a Series C round at a valuation of $2 billion. Microsoft, the OpenAI Startup Fund, Nvidia and Jeff Bezos, the Amazon founder, are among the backers.")).toEqual([
      {
        kind: "FUNDING_ROUND",
        investors: ["Microsoft", "OpenAI Startup Fund", "Nvidia", "Jeff Bezos"],
        target: "Cobalt Robotics",
        amount: "300000000 USD",
        valuation: "2000000000 USD",
        stage: "SERIES_C",
        on: "2024-06",
        rule: "deal.en.raised+investors.en.group-took-part",
      },
    ]);
  });

  it("'joined by two new backers: A and B', 'existing investors X returned', 'as did ..., Prince X and Y'", () => {
    const [d] = deals("Lumen Health has raised $50 million in a growth round led by Sequoia Capital, joined by two new backers: Index Ventures and Balderton Capital.");
    expect(d).toMatchObject({ investors: ["Sequoia Capital", "Index Ventures", "Balderton Capital"], leads: ["Sequoia Capital"], stage: "GROWTH" });
    const [e] = deals("Lumen Health has raised $50 million in a round led by Sequoia Capital. Atomico and Kima Ventures also returned.");
    expect(e).toMatchObject({ investors: ["Sequoia Capital", "Atomico", "Kima Ventures"], rule: "deal.en.raised+investors.en.led-by+investors.en.group-took-part" });
    // Only the names right after "led by" lead: "with Index Ventures" takes part.
    expect(deals("Nova raised $20 million in a round led by Sequoia Capital with Index Ventures.")[0]).toMatchObject({ investors: ["Sequoia Capital", "Index Ventures"], leads: ["Sequoia Capital"] });
    const [f] = deals("Quill raised $90 million from Valor Equity Partners and Vy Capital, as did Kingdom Holding, Prince Alwaleed Bin Talal and Fidelity.");
    expect(f!.investors).toEqual(["Valor Equity Partners", "Vy Capital", "Kingdom Holding", "Alwaleed Bin Talal", "Fidelity"]);
  });

  it("'the round valued X at $N' in a later sentence is the round's valuation", () => {
    const [d] = deals("Arcus Labs has raised $1 billion from Sequoia Capital and DST Global. The start-up has 10 employees. According to two people close to the company, the round valued Arcus Labs at $5 billion.");
    expect(d).toMatchObject({ target: "Arcus Labs", amount: "1000000000 USD", valuation: "5000000000 USD" });
  });
});

describe("round investors, French", () => {
  it("'mené par', 'aux côtés de' and 'amorçage' for a one-letter company (the H example)", () => {
    expect(deals("La start-up parisienne H a levé 220 millions de dollars lors d'un tour d'amorçage mené par Accel, Creandum et Visionaries Club, aux côtés d'Amazon, de Samsung et de Bpifrance.")).toEqual([
      {
        kind: "FUNDING_ROUND",
        investors: ["Accel", "Creandum", "Visionaries Club", "Amazon", "Samsung", "Bpifrance"],
        target: "H",
        leads: ["Accel", "Creandum", "Visionaries Club"],
        amount: "220000000 USD",
        stage: "SEED",
        on: "2024-06",
        rule: "deal.fr.leve+investors.fr.led-by+investors.fr.with-participation-from",
      },
    ]);
  });

  it("'a annoncé avoir levé ... en série A auprès de X et de Y'", () => {
    expect(deals("Nova a annoncé lundi avoir levé 25 millions d'euros en série A auprès d'Eurazeo et de Bpifrance.")).toEqual([
      expect.objectContaining({ kind: "FUNDING_ROUND", investors: ["Eurazeo", "Bpifrance"], target: "Nova", amount: "25000000 EUR", stage: "SERIES_A" }),
    ]);
  });

  it("'tour de table de série B ... emmené par le fonds X. Y et Z ont également participé' (the sentence is not cut at 'série B.')", () => {
    const [d] = deals("Pixelis a bouclé un tour de table de série B de 40 millions d'euros emmené par le fonds Eurazeo. Bpifrance et Kima Ventures ont également participé à l'opération.");
    expect(d).toMatchObject({ investors: ["Eurazeo", "Bpifrance", "Kima Ventures"], leads: ["Eurazeo"], stage: "SERIES_B", rule: "deal.fr.annonce-levee+investors.fr.led-by+investors.fr.group-took-part" });
    const [e] = deals("Pixelis a levé 40 millions d'euros dans le cadre d'une série D. Le fonds américain Eurazeo Growth a mené l'opération, suivi par les investisseurs déjà présents au capital : Bpifrance et Kima Ventures.");
    expect(e).toMatchObject({ investors: ["Eurazeo Growth", "Bpifrance", "Kima Ventures"], leads: ["Eurazeo Growth"], stage: "SERIES_D", rule: "deal.fr.leve+investors.fr.group-led-round+investors.fr.with-participation-from" });
  });

  it("'Nouveau venu, X fait aussi son entrée' two sentences on; 'déjà actionnaire' is no earlier deal (the round keeps its date)", () => {
    const [d] = deals(
      "Pigmento a levé 145 millions de dollars dans le cadre d'une série D. Le fonds ICONIQ Growth a mené l'opération, aux côtés de Felix Capital, déjà actionnaire. Nouveau venu, Sandberg Bernthal Venture Partners, le véhicule de Sheryl Sandberg, fait aussi son entrée.",
    );
    expect(d).toMatchObject({ investors: ["ICONIQ Growth", "Felix Capital", "Sandberg Bernthal Venture Partners"], leads: ["ICONIQ Growth"], on: "2024-06" });
    expect(d!.rule).toContain("investors.fr.group-took-part");
  });

  it("a description as the round's subject, 'piloté par ... avec la participation de', the valuation of the next sentence", () => {
    expect(
      deals("Volta Cell change d'échelle. Le spécialiste lyonnais des batteries, fondé en 2019, a levé 80 millions d'euros, piloté par Tikehau Capital avec la participation de Bpifrance. L'opération valorise la jeune pousse 400 millions d'euros."),
    ).toEqual([
      {
        kind: "FUNDING_ROUND",
        investors: ["Tikehau Capital", "Bpifrance"],
        target: "Volta Cell",
        leads: ["Tikehau Capital"],
        amount: "80000000 EUR",
        valuation: "400000000 EUR",
        on: "2024-06",
        rule: "deal.fr.leve+subject.fr.described+investors.fr.led-by+investors.fr.with-participation-from",
      },
    ]);
    // With no company named before, the description stands for none: no investor taken as the target.
    expect(deals("Le spécialiste lyonnais des batteries a levé 80 millions d'euros, piloté par Tikehau Capital.")).toEqual([]);
  });

  it("'une valorisation post-money de N', 'une valorisation pré-money de N' (made post-money)", () => {
    expect(deals("Nova a levé 50 millions d'euros auprès de Partech pour une valorisation post-money de 400 millions d'euros.")[0]).toMatchObject({ valuation: "400000000 EUR" });
    expect(deals("Nova a levé 50 millions d'euros auprès de Partech, sur la base d'une valorisation pré-money de 350 millions d'euros.")[0]).toMatchObject({ valuation: "400000000 EUR" });
  });

  it("'mené conjointement par X et par Y': both lead; 'la société avait alors obtenu' is the last round's company", () => {
    const [d, e] = deals(
      "Aquila a annoncé une série C de 60 millions d'euros, menée conjointement par Balderton Capital et par Eurazeo. C'était en mars 2021 : la société avait alors obtenu 20 millions d'euros dans le cadre d'une série B emmenée par Partech.",
    );
    expect(d).toMatchObject({ target: "Aquila", leads: ["Balderton Capital", "Eurazeo"], stage: "SERIES_C" });
    expect(e).toMatchObject({ target: "Aquila", investors: ["Partech"], leads: ["Partech"], amount: "20000000 EUR", stage: "SERIES_B", on: "2021-03" });
  });
});

describe("deal kinds and targets", () => {
  it("'purchases of X and Y' is a deal each; 'the purchase of the maker of <product>' is the company named before; a fee is no price", () => {
    expect(deals("The move follows Brightline's purchases of Mipsology and Nod.ai last year.").map((d) => `${d.kind} ${d.investors.join("+")} -> ${d.target}`)).toEqual([
      "ACQUISITION Brightline -> Mipsology",
      "ACQUISITION Brightline -> Nod.ai",
    ]);
    const [d, ...rest] = deals("Amazon and iRobot said on Monday that they had called off Amazon's planned $1.7 billion purchase of the maker of Roomba vacuum cleaners. The deal, first announced in August 2022, faced opposition in Europe. Amazon will pay iRobot a termination fee of $94 million.");
    expect(d).toMatchObject({ kind: "ACQUISITION", investors: ["Amazon"], target: "iRobot", amount: "1700000000 USD", on: "2022-08" });
    expect(rest).toEqual([]);
  });

  it("a company that raised money from one investor held a round; one that received an investment may have sold a stake", () => {
    expect(deals("Nova raised $20 million from Accel, valuing the AI start-up at $200 million.")[0]).toMatchObject({ kind: "FUNDING_ROUND", valuation: "200000000 USD" });
    expect(deals("Nova a levé 20 millions d'euros auprès d'Accel.")[0]).toMatchObject({ kind: "FUNDING_ROUND", investors: ["Accel"] });
    expect(deals("Nova had received a $1 billion investment from the private equity firm Silver Lake in 2020.")[0]).toMatchObject({ kind: "EQUITY_STAKE", investors: ["Silver Lake"] });
  });

  it("'la transaction valorise la société californienne à N': the valuation and price of a purchase; an amount restated in another currency is not the price", () => {
    const [d] = deals("Le groupe Thales a signé un accord pour acquérir l'américain Imperva. La transaction valorise la société californienne à 3,6 milliards de dollars, soit environ 3,3 milliards d'euros.");
    expect(d).toMatchObject({ kind: "ACQUISITION", investors: ["Thales"], target: "Imperva", amount: "3600000000 USD", valuation: "3600000000 USD" });
    // The same sum restated per share is not a conversion: the total stays the price.
    expect(deals("Cisco agreed to buy Splunk for $157 a share in cash, or about $28 billion.")[0]).toMatchObject({ amount: "28000000000 USD" });
  });

  it("'Pour X, ... : le fonds avait racheté Y': the company the sentence opens on is the buyer", () => {
    expect(deals("Thales rachète Imperva. Pour Thoma Bravo, l'opération se solde par une belle plus-value : le fonds avait racheté Imperva pour 2,1 milliards de dollars fin 2018.")).toContainEqual(
      expect.objectContaining({ kind: "ACQUISITION", investors: ["Thoma Bravo"], target: "Imperva", amount: "2100000000 USD" }),
    );
  });

  it("'X's $N investment in Y', 'son investissement de N dans Y', 'took control of Y'", () => {
    const one = (text: string) => deals(text).map((d) => `${d.kind} ${d.investors.join("+")} -> ${d.target} ${d.amount ?? ""} ${d.rule}`);
    expect(one("Google's $2 billion investment in Anthropic was announced in October.")).toEqual(["EQUITY_STAKE Google -> Anthropic 2000000000 USD deal.en.investment-in"]);
    expect(one("Google a finalisé son investissement de 2 milliards de dollars dans Anthropic.")).toEqual(["EQUITY_STAKE Google -> Anthropic 2000000000 USD deal.fr.investissement-dans"]);
    expect(one("Siemens took control of Nova for $300 million.")).toEqual(["ACQUISITION Siemens -> Nova 300000000 USD deal.en.acquired"]);
    expect(one("Investors said the investment in Nova is high.")).toEqual([]);
  });

  it("'racheté en 2022 par le fonds X' (a year between the participle and 'par')", () => {
    expect(deals("Pigmento s'attaque à Anaplan, racheté en 2022 par le fonds Thoma Bravo.").map((d) => `${d.kind} ${d.investors.join("+")} -> ${d.target} ${d.rule}`)).toEqual([
      "ACQUISITION Thoma Bravo -> Anaplan deal.fr.rachete-par",
    ]);
  });

  it("the draft's comment names the rule", () => {
    const x = extract("Headline\n\nNova Labs raised $20 million in a seed round led by Accel.\n", { published: "2024-06-10" });
    expect(renderDraft(x)).toMatch(/# confidence: 0\.\d\d, rule deal\.en\.raised\+investors\.en\.led-by \(/);
  });
});

describe("round stages", () => {
  it("the stage nearest the round's verb, and the amount of the later verb ('which raised a Series A ..., has now raised $N in a Series B')", () => {
    expect(deals("Nova, which raised a Series A from Index in 2021, has now raised $40 million in a Series B led by Accel.")).toEqual([
      { kind: "FUNDING_ROUND", investors: ["Accel"], target: "Nova", leads: ["Accel"], amount: "40000000 USD", stage: "SERIES_B", on: "2024-06", rule: "deal.en.raised+investors.en.led-by" },
    ]);
  });

  it("'levée de croissance', 'pré-amorçage', 'pre-seed round'", () => {
    expect(deals("Nova a levé 40 millions d'euros lors d'une levée de croissance menée par Eurazeo.")[0]).toMatchObject({ stage: "GROWTH" });
    expect(deals("Nova a bouclé un tour de table de 3 millions d'euros en pré-amorçage auprès de Kima Ventures.")[0]).toMatchObject({ stage: "PRE_SEED" });
    expect(deals("Nova raised a $5 million pre-seed round from Kima Ventures.")[0]).toMatchObject({ stage: "PRE_SEED" });
  });
});

describe("a company's round named as a noun, with who leads it", () => {
  it("English: 'X leads Nova's $N Series A', 'Nova's Series B round was led by X, with participation from Y'", () => {
    expect(deals("Accel leads Nova's $20 million Series A.")).toEqual([
      { kind: "FUNDING_ROUND", investors: ["Accel"], target: "Nova", leads: ["Accel"], amount: "20000000 USD", stage: "SERIES_A", on: "2024-06", rule: "deal.en.company-round+investors.en.leads-company-round" },
    ]);
    expect(deals("Nova's $50 million Series B round was led by Accel, with participation from Index Ventures.")[0]).toMatchObject({
      investors: ["Accel", "Index Ventures"],
      leads: ["Accel"],
      target: "Nova",
      rule: "deal.en.company-round+investors.en.led-by+investors.en.with-participation-from",
    });
    // A round named with nobody leading it states no deal here.
    expect(deals("Nova's Series B round was a success.")).toEqual([]);
  });

  it("French: 'X mène le tour de table de N de Nova, aux côtés de Y', 'Le tour de table de Nova a été mené par X'", () => {
    expect(deals("Accel mène le tour de table de 20 millions d'euros de Nova, aux côtés de Bpifrance.")[0]).toMatchObject({
      investors: ["Accel", "Bpifrance"],
      leads: ["Accel"],
      target: "Nova",
      amount: "20000000 EUR",
      rule: "deal.fr.tour-de-table-de+investors.fr.leads-company-round+investors.fr.with-participation-from",
    });
    expect(deals("Le tour de table de 40 millions d'euros de Nova a été mené par Partech.")[0]).toMatchObject({ investors: ["Partech"], leads: ["Partech"], target: "Nova", rule: "deal.fr.tour-de-table-de+investors.fr.led-by" });
  });
});

describe("round 2: patterns that generalise beyond the tuned texts", () => {
  it("'X accepted a takeover offer from Y' / 'X a accepté l'offre de rachat de Y': X is bought by Y", () => {
    expect(deals("Brightloom accepted a takeover offer from Harbor Capital worth $900 million.")[0]).toMatchObject({
      kind: "ACQUISITION",
      investors: ["Harbor Capital"],
      target: "Brightloom",
      amount: "900000000 USD",
      rule: "deal.en.accepted-offer-from",
    });
    expect(deals("Lumisoft a accepté l'offre de rachat du fonds britannique Northgate Partners, d'un montant de 800 millions d'euros.")[0]).toMatchObject({
      kind: "ACQUISITION",
      investors: ["Northgate Partners"],
      target: "Lumisoft",
      amount: "800000000 EUR",
      rule: "deal.fr.accepte-offre-de",
    });
  });

  it("'A and B were among the other participants', 'A et B complètent le tour de table': they took part", () => {
    expect(deals("Orbital AI has raised $300 million. The round was led by Northwind Ventures. Harbor Capital and Keystone Partners were among the other participants.")[0]).toMatchObject({
      investors: ["Northwind Ventures", "Harbor Capital", "Keystone Partners"],
      leads: ["Northwind Ventures"],
    });
    expect(deals("Lumisoft lève 40 millions d'euros. L'opération est menée par Northgate Partners. Keystone Ventures et Bpifrance complètent le tour de table.")[0]).toMatchObject({
      investors: ["Northgate Partners", "Keystone Ventures", "Bpifrance"],
      leads: ["Northgate Partners"],
    });
  });

  it("'..., à laquelle ont aussi participé X et Y': they took part in the round", () => {
    expect(deals("Lumisoft a bouclé une série B de 60 millions d'euros. Northgate Partners a mené l'opération, à laquelle ont aussi participé Keystone Ventures et Bpifrance.")[0]).toMatchObject({
      investors: ["Northgate Partners", "Keystone Ventures", "Bpifrance"],
      leads: ["Northgate Partners"],
      stage: "SERIES_B",
    });
  });

  it("'annonce un tour d'amorçage de N' states a seed round", () => {
    expect(deals("La jeune pousse Lumisoft annonce un tour d'amorçage de 12 millions d'euros, mené par Northgate Partners.")[0]).toMatchObject({
      kind: "FUNDING_ROUND",
      target: "Lumisoft",
      amount: "12000000 EUR",
      stage: "SEED",
      rule: "deal.fr.annonce-levee+investors.fr.led-by",
    });
  });

  it("a valuation named after the sum ('the $2 billion the company was valued at') or as 'its valuation to $N'", () => {
    expect(deals("Orbital AI has raised $300 million from Northwind Ventures, lifting its valuation to $4 billion.")[0]).toMatchObject({ amount: "300000000 USD", valuation: "4000000000 USD" });
    expect(deals("Orbital AI, more than the $2 billion the company was valued at in 2023, has raised $300 million from Northwind Ventures.")[0]).toMatchObject({ amount: "300000000 USD", valuation: "2000000000 USD" });
  });

  it("'the company' after a sentence opening on another capitalised word is the company named more than once", () => {
    expect(deals("Lumisoft recrute. Quatre mois après sa création, Lumisoft a déjà des clients. La start-up annonce une levée de 30 millions d'euros menée par Northgate Partners.")[0]).toMatchObject({
      target: "Lumisoft",
    });
  });

  it("the stage named in a later sentence of the round's evidence ('The Series C round was led by X', 'La série C est menée par X')", () => {
    expect(deals("Orbital AI has raised $300 million. The Series C round was led by Northwind Ventures.")[0]).toMatchObject({ investors: ["Northwind Ventures"], stage: "SERIES_C" });
    expect(deals("Lumisoft lève 40 millions d'euros. Cette série C est menée par Northgate Partners.")[0]).toMatchObject({ investors: ["Northgate Partners"], stage: "SERIES_C" });
  });

  it("names after a bare 'with' / 'avec' in a next sentence not about investors are not the round's backers", () => {
    const [d] = deals("Orbital AI has raised $300 million in a Series C round. The company was founded in 2019 by Jane Moreau together with Paul Durand and Ann Lee.");
    expect(d?.investors ?? []).toEqual([]);
    const [f] = deals("Lumisoft lève 40 millions d'euros. La société a été créée en 2019 par Jeanne Moreau avec Paul Durand et Anne Leroy.");
    expect(f?.investors ?? []).toEqual([]);
  });

  it("a list of investors each with a description ('l'investisseur X, le fonds Y et le groupe industriel Z'), not a name a description points to ('the parent of Z')", () => {
    expect(deals("Lumisoft lève 40 millions d'euros auprès de l'investisseur Jeanne Moreau, le fonds Keystone Ventures et le groupe industriel suédois Nordfab.")[0]).toMatchObject({
      investors: ["Jeanne Moreau", "Keystone Ventures", "Nordfab"],
    });
    expect(deals("Orbital AI has raised $300 million from Keystone Ventures, the parent of Nordfab.")[0]).toMatchObject({ investors: ["Keystone Ventures"] });
  });

  it("a lead investor's apposition before 'and' the next lead ('led by X, the firm co-founded by P, and Y')", () => {
    expect(deals("Orbital AI has raised $300 million in a round led by Keystone Ventures, the venture firm co-founded by Jane Moreau, and Harbor Capital.")[0]).toMatchObject({
      investors: ["Keystone Ventures", "Harbor Capital"],
      leads: ["Keystone Ventures", "Harbor Capital"],
    });
    expect(deals("Lumisoft lève 40 millions d'euros lors d'un tour mené par Keystone Ventures, le fonds cofondé par Jeanne Moreau, et Nordfab.")[0]).toMatchObject({
      investors: ["Keystone Ventures", "Nordfab"],
    });
  });

  it("an earlier round in a clause opening on a pronoun ('in March 2023, when it closed a $N round led by X', 'lorsqu'elle avait levé N')", () => {
    const en = deals("Orbital AI has raised $300 million from Keystone Ventures. The valuation is triple the one of March 2023, when it closed a $90 million round led by Harbor Capital.");
    expect(en[1]).toMatchObject({ target: "Orbital AI", investors: ["Harbor Capital"], amount: "90000000 USD", on: "2023-03" });
    const fr = deals("Lumisoft lève 40 millions d'euros auprès de Keystone Ventures. C'est le double de mars 2023, lorsqu'elle avait levé 20 millions d'euros auprès de Nordfab.");
    expect(fr[1]).toMatchObject({ target: "Lumisoft", investors: ["Nordfab"], amount: "20000000 EUR", on: "2023-03" });
  });

  it("'Le géant X a annoncé l'acquisition de Y' / 'The chipmaker has announced the acquisition of Y': the described subject buys; not 'Il s'agit de la plus grosse acquisition de Y'", () => {
    expect(deals("Nordfab sort le chéquier. Le géant suédois a annoncé mardi l'acquisition de Lumisoft pour 2 milliards d'euros.")[0]).toMatchObject({
      kind: "ACQUISITION",
      investors: ["Nordfab"],
      target: "Lumisoft",
      amount: "2000000000 EUR",
    });
    expect(deals("Nordfab is growing fast. The chipmaker announced on Tuesday the acquisition of Lumisoft for $2 billion.")[0]).toMatchObject({ investors: ["Nordfab"], target: "Lumisoft" });
    expect(deals("Nordfab grandit vite. Il s'agit de la plus grosse acquisition de Lumisoft depuis 2019.")).toEqual([]);
  });

  it("'sold the robotics start-up X to Y' / 'a vendu la jeune pousse lyonnaise X à Y': a described object of a sale", () => {
    expect(deals("Jane Moreau, who had sold the industrial robotics maker Nordfab to Keystone Industries for $400 million, now runs a fund.")[0]).toMatchObject({
      kind: "ACQUISITION",
      investors: ["Keystone Industries"],
      target: "Nordfab",
      amount: "400000000 USD",
    });
    expect(deals("Jeanne Moreau, qui a vendu la jeune pousse lyonnaise Nordfab à Keystone Industries pour 300 millions d'euros, dirige un fonds.")[0]).toMatchObject({
      investors: ["Keystone Industries"],
      target: "Nordfab",
    });
  });

  it("a percentage in another subject's clause ('..., and the state took a 10% stake') is not the deal's stake", () => {
    const [en] = deals("Keystone Industries agreed to buy $2 billion of Nordfab shares, and the Swedish state converted loans into a stake of about 10% in the company.");
    expect(en).toMatchObject({ investors: ["Keystone Industries"], target: "Nordfab" });
    expect(en).not.toHaveProperty("stake");
    expect(extract("T\n\nKeystone Industries agreed to buy $2 billion of Nordfab shares, and Keystone Industries now holds 10% of Nordfab.\n", { published: "2024-06-10" }).deals[0]?.stake?.value).toBe(10);
    const fr = extract("T\n\nKeystone Industries achète pour 2 milliards d'euros d'actions de Nordfab, tandis que l'État suédois convertit des prêts en une participation de 10 % du capital.\n", { published: "2024-06-10" }).deals[0];
    expect(fr?.stake).toBeUndefined();
  });

  it("a single investor's money converted 'at its next round' / 'lors de sa prochaine levée' is a stake, not a round", () => {
    expect(deals("Keystone Industries invests $20 million in Nordfab, to be converted into shares at its next funding round.")[0]).toMatchObject({ kind: "EQUITY_STAKE" });
    expect(deals("Keystone Industries investit 15 millions d'euros dans Nordfab, une somme convertie en actions lors de sa prochaine levée de fonds.")[0]).toMatchObject({ kind: "EQUITY_STAKE" });
  });

  it("'X, qui ... en la rachetant pour N' / 'X, which ... by buying it for $N': X bought the company the sentence before is about", () => {
    const fr = deals("Keystone Industries va racheter Nordfab pour 900 millions d'euros. Le vendeur est le fonds Harbor Capital, qui avait sorti la société de la cote en 2018 en la rachetant pour 400 millions d'euros.");
    expect(fr[1]).toMatchObject({ kind: "ACQUISITION", investors: ["Harbor Capital"], target: "Nordfab", amount: "400000000 EUR", on: "2018", rule: "deal.fr.en-le-rachetant" });
    const en = deals("Keystone Industries will buy Nordfab for $900 million. The seller is Harbor Capital, which took the company private in 2018 by buying it for $400 million.");
    expect(en[1]).toMatchObject({ kind: "ACQUISITION", investors: ["Harbor Capital"], target: "Nordfab", amount: "400000000 USD", on: "2018", rule: "deal.en.by-buying-it" });
  });
});
