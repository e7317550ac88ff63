import { describe, expect, it } from "vitest";

import { eventFacets, inLanguageLabel, searchFacets } from "./event-facets";
import { syntheticTalk, turkishTalk } from "../../testing/fixtures/synthetic-talks";

describe("what sets a talk and its events apart", () => {
  const talk = turkishTalk();

  it("names a format other than talk, and a language other than the talk's", () => {
    expect(talk.events.map((event) => eventFacets(event, talk))).toEqual([["Workshop"], ["Keynote", "in English"]]);
  });

  it("says nothing of a talk given as a talk in its own language", () => {
    const plain = syntheticTalk({ slug: "plain", events: [{ name: "Conf", date: { year: 2020 } }] });
    expect(eventFacets(plain.events[0]!, plain)).toEqual([]);
  });

  it("words a language in English, whatever its tag's region", () => {
    expect(inLanguageLabel("tr")).toBe("In Turkish");
    expect(inLanguageLabel("en-GB")).toBe("In British English");
    expect(inLanguageLabel("pt-BR")).toBe("In Brazilian Portuguese");
  });

  it("gives the search every language and format, the default ones too", () => {
    expect(searchFacets(talk)).toBe("Turkish English Workshop Keynote");
    expect(searchFacets(syntheticTalk({ slug: "plain", events: [{ name: "Conf", date: { year: 2020 } }] }))).toBe(
      "English Talk",
    );
  });
});
