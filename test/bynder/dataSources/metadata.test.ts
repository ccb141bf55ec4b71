import nock from "nock";
import { brandExample, plainBrandExample } from "../../../src/bynder/examplePayloads/brands";
import {
  metapropertiesByNameExample,
  metapropertyExample,
  metapropertyOptionExample,
  secondOptionExample,
} from "../../../src/bynder/examplePayloads/metaproperties";
import { PORTAL } from "../../helpers/connections";
import { picklist } from "../../helpers/dataSources";

describe("selectBrand", () => {
  it("lists every brand and each sub-brand under a Brand › Sub-brand label", async () => {
    const scope = nock(PORTAL).get("/api/v4/brands/").reply(200, [plainBrandExample, brandExample]);
    const result = await picklist("selectBrand");
    expect(result).toEqual([
      { key: brandExample.id, label: "Acme" },
      { key: `subBrand:${brandExample.subBrands[0].id}`, label: "Acme › Outdoor" },
      { key: plainBrandExample.id, label: "Globex" },
    ]);
    expect(scope.isDone()).toBe(true);
  });
});

describe("selectMetaproperty", () => {
  it("asks without options and labels each metaproperty by its label, falling back to its name", async () => {
    const unlabelled = {
      ...metapropertyExample,
      id: "0A0A0A0A-0000-4000-8000000000000001",
      name: "Sku",
      label: "",
    };
    const scope = nock(PORTAL)
      .get("/api/v4/metaproperties/")
      .query({ options: "0" })
      .reply(200, { ...metapropertiesByNameExample, Sku: unlabelled });
    const result = await picklist("selectMetaproperty");
    expect(result).toEqual([
      { key: "5F0A4B8C-1D3E-4F5A-B6C7D8E9F0A1B2C3", label: "Campaign code" },
      { key: metapropertyExample.id, label: "Region" },
      { key: unlabelled.id, label: "Sku" },
    ]);
    expect(scope.isDone()).toBe(true);
  });
});

describe("selectMetapropertyOption", () => {
  const path = `/api/v4/metaproperties/${metapropertyExample.id}/options/`;

  const options = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({
      ...metapropertyOptionExample,
      id: `opt-${String(from + i).padStart(5, "0")}`,
      name: `option-${from + i}`,
      label: `Option ${String(from + i).padStart(5, "0")}`,
    }));

  it("reads the chosen metaproperty's options 1000 at a time, in Bynder's (the admin's) order", async () => {
    const scope = nock(PORTAL)
      .get(path)
      .query({ page: "1", limit: "1000" })
      .reply(200, options(1000))
      .get(path)
      .query({ page: "2", limit: "1000" })
      .reply(200, [secondOptionExample]);
    const result = await picklist("selectMetapropertyOption", {
      metapropertyId: metapropertyExample.id,
    });
    expect(result).toHaveLength(1001);
    expect(result[0]).toEqual({ key: "opt-00000", label: "Option 00000" });
    expect(result[1000]).toEqual({ key: secondOptionExample.id, label: "Americas" });
    expect(scope.isDone()).toBe(true);
  });

  it("stops after 5 requests of a huge taxonomy and says to type the ID", async () => {
    const scope = nock(PORTAL);
    for (let page = 1; page <= 5; page++)
      scope
        .get(path)
        .query({ page: String(page), limit: "1000" })
        .reply(200, options(1000, (page - 1) * 1000));
    const result = await picklist("selectMetapropertyOption", {
      metapropertyId: metapropertyExample.id,
    });
    expect(result).toHaveLength(5001);
    expect(result.at(-1)).toEqual({
      key: "",
      label: "More than 5,000 options — choose a Metaproperty ID first, or type the option ID",
    });
    expect(scope.isDone()).toBe(true);
  });

  it("labels an option by label, then display label, then name", async () => {
    const scope = nock(PORTAL)
      .get(path)
      .query({ page: "1", limit: "1000" })
      .reply(200, [
        { ...metapropertyOptionExample, id: "a", label: "", displayLabel: "Shown" },
        { ...metapropertyOptionExample, id: "b", label: "", displayLabel: "", name: "plain" },
      ]);
    const result = await picklist("selectMetapropertyOption", {
      metapropertyId: metapropertyExample.id,
    });
    expect(result).toEqual([
      { key: "a", label: "Shown" },
      { key: "b", label: "plain" },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("lists every metaproperty's options, labelled with the metaproperty, when none is chosen", async () => {
    nock(PORTAL)
      .get("/api/v4/metaproperties/")
      .query({ options: "1" })
      .reply(200, {
        Region: {
          id: "M1",
          name: "Region",
          label: "Region",
          options: [{ id: "O1", name: "emea", label: "EMEA" }],
        },
        Channel: {
          id: "M2",
          name: "Channel",
          label: "",
          options: [{ id: "O2", name: "web", label: "" }],
        },
      });
    const items = await picklist("selectMetapropertyOption", { metapropertyId: "" });
    expect(items).toEqual([
      { key: "O1", label: "Region › EMEA" },
      { key: "O2", label: "Channel › web" },
    ]);
  });

  it("cuts every metaproperty's options at 5,000 when none is chosen, and says so", async () => {
    nock(PORTAL)
      .get("/api/v4/metaproperties/")
      .query({ options: "1" })
      .reply(200, {
        Region: { id: "M1", name: "Region", label: "Region", options: options(3000) },
        Channel: { id: "M2", name: "Channel", label: "Channel", options: options(2001, 3000) },
      });
    const items = await picklist("selectMetapropertyOption", {});
    expect(items).toHaveLength(5001);
    expect(items[4999]).toEqual({ key: "opt-04999", label: "Channel › Option 04999" });
    expect(items[5000].label).toBe(
      "More than 5,000 options — choose a Metaproperty ID first, or type the option ID",
    );
  });
});
