// Deals and roles read from sentence patterns, in English and French.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/extract.js";

/** Active proposals of a one-paragraph text, in a compact form. */
function facts(body: string, published = "2024-06-10") {
  const x = extract(`Headline\n\n${body}\n`, { published });
  return {
    deals: x.deals.map((d) => ({
      kind: d.kind,
      investors: d.investors.map((e) => e.name),
      target: d.target.name,
      ...(d.leads.length ? { leads: d.leads.map((e) => e.name) } : {}),
      ...(d.otherInvestors ? { others: true } : {}),
      ...(d.amount ? { amount: `${d.amount.value} ${d.amount.currency}` } : {}),
      ...(d.valuation ? { valuation: `${d.valuation.value} ${d.valuation.currency}` } : {}),
      ...(d.stake ? { stake: d.stake.value } : {}),
      ...(d.announcedOn ? { on: d.announcedOn.date } : {}),
      ...(d.status ? { status: d.status } : {}),
      active: d.active,
    })),
    roles: x.roles.map((r) => `${r.person.name}, ${r.title} at ${r.company.name}${r.since ? ` since ${r.since.date}` : ""}${r.until ? ` until ${r.until.date}` : ""}${r.active ? "" : " (commented out)"}`),
  };
}

describe("deals, English", () => {
  it("X acquires Y for $N, with the date of the sentence", () => {
    expect(facts("Salesforce acquired Slack for $27.7 billion in July 2021.").deals).toEqual([
      { kind: "ACQUISITION", investors: ["Salesforce"], target: "Slack", amount: "27700000000 USD", on: "2021-07", active: true },
    ]);
  });

  it("Y raises $N led by X, with participation from Z", () => {
    expect(facts("Acme Robotics, a Paris-based startup, raised €40 million in a Series B led by Northwind Ventures, with participation from Index Ventures.").deals).toEqual([
      {
        kind: "FUNDING_ROUND",
        investors: ["Northwind Ventures", "Index Ventures"],
        target: "Acme Robotics",
        leads: ["Northwind Ventures"],
        amount: "40000000 EUR",
        on: "2024-06",
        active: true,
      },
    ]);
  });

  it("X takes a stake; a pre-money valuation becomes post-money", () => {
    expect(facts("Arm said on Tuesday that it would buy a 10% stake in Ampere for $500m.").deals).toEqual([
      { kind: "EQUITY_STAKE", investors: ["Arm"], target: "Ampere", amount: "500000000 USD", stake: 10, on: "2024-06", active: true },
    ]);
    expect(facts("Acme Labs closed a $6 billion Series B round at a pre-money valuation of $18 billion, led by Northwind Ventures.").deals[0]).toMatchObject({
      amount: "6000000000 USD",
      valuation: "24000000000 USD",
    });
  });

  it("Y was acquired by X; the acquisition of Y by X; X sold Y to Z", () => {
    expect(facts("Figma was acquired by Adobe for $20 billion.").deals[0]).toMatchObject({ kind: "ACQUISITION", investors: ["Adobe"], target: "Figma" });
    expect(facts("Regulators cleared the acquisition of Activision Blizzard by Microsoft.").deals[0]).toMatchObject({ investors: ["Microsoft"], target: "Activision Blizzard" });
    expect(facts("The founders had built Adallom and sold it to Microsoft.").deals[0]).toMatchObject({ investors: ["Microsoft"], target: "Adallom" });
  });

  it("a license fee plus hiring the team is LICENSE_AND_HIRE", () => {
    expect(facts("Google struck a deal with Character.AI under which it will license the start-up's models and hire its founders.").deals[0]).toMatchObject({
      kind: "LICENSE_AND_HIRE",
      investors: ["Google"],
      target: "Character.AI",
    });
  });

  it("status from the wording, and a per-share price is not the amount", () => {
    expect(facts("Cisco agreed to buy Splunk for $157 a share in cash, or about $28 billion.").deals[0]).toMatchObject({ amount: "28000000000 USD" });
    expect(facts("Microsoft has completed its $68.7 billion acquisition of Activision Blizzard.").deals[0]).toMatchObject({ status: "COMPLETED" });
    expect(facts("BlaBlaCar is reportedly in talks to buy Getaround.").deals[0]).toMatchObject({ status: "RUMORED" });
  });
});

describe("deals, French", () => {
  it("investit / rachète / s'offre, with the stake and the valuation", () => {
    expect(facts("Meta a déboursé 14,3 milliards de dollars pour s'offrir la moitié de Scale AI : une participation de 49 %, qui valorise la start-up à 29 milliards de dollars.", "2025-06-13").deals).toEqual([
      {
        kind: "EQUITY_STAKE",
        investors: ["Meta"],
        target: "Scale AI",
        amount: "14300000000 USD",
        valuation: "29000000000 USD",
        stake: 49,
        on: "2025-06",
        status: "COMPLETED",
        active: true,
      },
    ]);
    expect(facts("Le groupe Capgemini a racheté Altran pour 3,6 milliards d'euros en 2019.").deals[0]).toMatchObject({ kind: "ACQUISITION", investors: ["Capgemini"], target: "Altran", amount: "3600000000 EUR", on: "2019" });
  });

  it("lève ... auprès de, menée par; relative dates; other investors", () => {
    expect(facts("La licorne française Doctolib lève 500 millions d'euros auprès d'Eurazeo et de General Atlantic, ce qui la valorise à 5,8 milliards d'euros.").deals[0]).toMatchObject({
      kind: "FUNDING_ROUND",
      investors: ["Eurazeo", "General Atlantic"],
      target: "Doctolib",
      amount: "500000000 EUR",
      valuation: "5800000000 EUR",
    });
    expect(facts("L'an dernier, Amazon et d'autres investisseurs avaient injecté 1 milliard de dollars dans Scale AI.", "2025-06-13").deals[0]).toMatchObject({
      kind: "FUNDING_ROUND",
      investors: ["Amazon"],
      others: true,
      amount: "1000000000 USD",
      on: "2024",
    });
  });

  it("a été racheté par; prend une participation de N % dans", () => {
    expect(facts("Botdesign a été racheté par Eurazeo.").deals[0]).toMatchObject({ investors: ["Eurazeo"], target: "Botdesign" });
    expect(facts("Le fonds Eurazeo a pris une participation de 20 % dans la start-up lyonnaise Botdesign pour 5 millions d'euros.").deals[0]).toMatchObject({
      kind: "EQUITY_STAKE",
      stake: 20,
      amount: "5000000 EUR",
    });
  });

  it("an amount without a currency takes the text's currency, and says so", () => {
    const x = extract("Titre\n\nOpenAI a levé 10 milliards de dollars. Microsoft a investi 1 milliard dans Mistral AI.\n", { published: "2024-06-10" });
    const deal = x.deals.find((d) => d.target.name === "Mistral AI")!;
    expect(deal.amount).toMatchObject({ value: 1e9, currency: "USD", assumed: true });
    expect(deal.notes.join(" ")).toMatch(/no currency/);
  });

  it("a deal without an investor is only a commented-out hint", () => {
    const { deals } = facts("Mistral AI a levé 600 millions d'euros.");
    expect(deals).toEqual([expect.objectContaining({ target: "Mistral AI", investors: [], active: false })]);
  });
});

describe("roles, English", () => {
  it("appositions and titles before names", () => {
    expect(facts("Satya Nadella, Microsoft's chief executive, spoke. Activision Blizzard CEO Bobby Kotick stays. Phil Spencer, the chief executive of Microsoft Gaming, agreed.").roles).toEqual([
      "Satya Nadella, CEO at Microsoft",
      "Bobby Kotick, CEO at Activision Blizzard",
      "Phil Spencer, CEO at Microsoft Gaming",
    ]);
  });

  it("moves: named, steps down, joins as, founded by", () => {
    expect(facts("Jane Doe was named CEO of Acme Robotics in March.").roles).toEqual(["Jane Doe, CEO at Acme Robotics since 2024-03"]);
    expect(facts("OpenAI ousted Sam Altman as CEO in November.").roles).toEqual(["Sam Altman, CEO at OpenAI until 2023-11"]);
    expect(facts("Mark Lee joined Acme Labs as chief technology officer.").roles).toEqual(["Mark Lee, CTO at Acme Labs since 2024-06"]);
    expect(facts("Wiz was founded in 2020 by Assaf Rappaport and Ami Luttwak.").roles).toEqual([
      "Assaf Rappaport, Co-founder at Wiz since 2020",
      "Ami Luttwak, Co-founder at Wiz since 2020",
    ]);
  });
});

describe("roles, French", () => {
  it("le directeur général de X quitte son poste pour rejoindre Y", () => {
    expect(facts("Alexandr Wang, le directeur général de Scale AI, quitte son poste pour rejoindre Meta.", "2025-06-13").roles).toEqual([
      "Alexandr Wang, CEO at Scale AI until 2025-06",
      "Alexandr Wang, TODO at Meta since 2025-06",
    ]);
  });

  it("est nommée, cofondateur et PDG, son directeur technique, conseil d'administration", () => {
    expect(facts("Marie Dupont a été nommée directrice générale de Qonto en janvier.").roles).toEqual(["Marie Dupont, CEO at Qonto since 2024-01"]);
    expect(facts("Arthur Mensch, cofondateur et PDG de Mistral AI, et Timothée Lacroix, son directeur technique, répondent.").roles).toEqual([
      "Arthur Mensch, Co-founder at Mistral AI",
      "Arthur Mensch, CEO at Mistral AI",
      "Timothée Lacroix, CTO at Mistral AI",
    ]);
    expect(facts("Alexandr Wang conserve son siège au conseil d'administration de Scale AI.").roles).toEqual(["Alexandr Wang, Board member at Scale AI"]);
  });

  it("joining with no title is a commented-out hint", () => {
    expect(facts("Ronan Le Goff rejoint Doctolib.").roles).toEqual(["Ronan Le Goff, TODO at Doctolib since 2024-06 (commented out)"]);
  });
});
