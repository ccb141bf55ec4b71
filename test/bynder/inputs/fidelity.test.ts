import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { brandExample } from "../../../src/bynder/examplePayloads/brands";
import { oauthConnection } from "../../helpers/connections";
import { formPairs, type Recorded, recordPortal } from "../../helpers/recorder";

/** Issue 8's input bullets, each checked on the request as it reaches the HTTP boundary. */
const harness = createHarness(component);
const ASSET = "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B";
const COLOUR = "B1A2C3D4-E5F6-4A7B-8C9D0E1F2A3B4C5D";
const CAPTION = "E4D5F6A7-B8C9-4D0E-9F1A2B3C4D5E6F7A";
const RED = "C2B3D4E5-F6A7-4B8C-9D0E1F2A3B4C5D6E";
const GREEN = "D3C4E5F6-A7B8-4C9D-8E0F1A2B3C4D5E6F";
const SUB_BRAND = brandExample.subBrands[0].id;

async function run(
  key: string,
  inputs: Record<string, unknown>,
  reply?: Parameters<typeof recordPortal>[0],
) {
  const portal = recordPortal(reply);
  try {
    const result = await harness.action(key, { connection: oauthConnection(), ...inputs });
    return { requests: portal.requests, result, error: undefined as Error | undefined };
  } catch (error) {
    return { requests: portal.requests, result: undefined, error: error as Error };
  } finally {
    portal.stop();
  }
}

async function refused(key: string, inputs: Record<string, unknown>, message: string | RegExp) {
  const { requests, error } = await run(key, inputs);
  expect(error?.message).toMatch(message);
  expect(requests).toEqual([]);
}

const form = (r: Recorded) => formPairs(r);

describe("Set Asset Metaproperties", () => {
  it("merges two rows for the same metaproperty into one field with both options", async () => {
    const { requests } = await run("setAssetMetaproperties", {
      assetId: ASSET,
      metaproperties: [
        { key: COLOUR, value: RED },
        { key: COLOUR, value: GREEN },
      ],
    });
    expect(form(requests[0])).toEqual([[`metaproperty.${COLOUR}`, `${RED},${GREEN}`]]);
  });

  it("sends a text value verbatim, commas and spaces included", async () => {
    const { requests } = await run("setAssetMetaproperties", {
      assetId: ASSET,
      metaproperties: [{ key: CAPTION, value: "Shot in Paris, France, 2026" }],
    });
    expect(form(requests[0])).toEqual([[`metaproperty.${CAPTION}`, "Shot in Paris, France, 2026"]]);
  });

  it("refuses two text values for one metaproperty instead of keeping one", () =>
    refused(
      "setAssetMetaproperties",
      {
        assetId: ASSET,
        metaproperties: [
          { key: CAPTION, value: "Paris" },
          { key: CAPTION, value: "Lyon" },
        ],
      },
      /Input "Metaproperties" has several rows for metaproperty/,
    ));
});

describe("Update Asset Data", () => {
  it("flattens Bynder's metaproperty dictionary into metaproperty.<id> fields", async () => {
    const { requests } = await run("updateAsset", {
      id: ASSET,
      data: { metaproperty: { [COLOUR]: [RED, GREEN], [CAPTION]: "Shot in Paris, France" } },
    });
    expect(form(requests[0])).toEqual([
      [`metaproperty.${COLOUR}`, `${RED},${GREEN}`],
      [`metaproperty.${CAPTION}`, "Shot in Paris, France"],
    ]);
  });

  it.each([
    ['{"tags": {"a": 1}}', /Input "Data" has an object at "tags"/],
    ['{"metaproperty": {"X": {"id": "Y"}}}', /Input "Data" has an object at "metaproperty.X"/],
    ['{"tags": ["Paris, France"]}', /Input "Data" has "Paris, France" in the list at "tags"/],
    ['{"description": null}', /Input "Data" sets "description" to null/],
    ['{"name": "x"}', /Input "Data" sets "name", which the "Name" input controls/],
  ])("refuses Data %s before any request", (data, message) =>
    refused("updateAsset", { id: ASSET, name: "Hero", data }, message),
  );
});

describe("lists mapped into ID inputs", () => {
  it("accepts a JSON-text list and never sends fragments", async () => {
    const { requests } = await run(
      "removeTagFromAssets",
      { id: "T1", assetIds: '["A1","B2"]' },
      () => [204, ""],
    );
    expect(requests[0].query).toEqual([["deleteIds", "A1,B2"]]);
  });

  it("accepts List Assets' media array (objects with an id)", async () => {
    const { requests } = await run("addTagToAssets", {
      id: "T1",
      assetIds: [{ id: "A1", name: "x" }, { ID: "B2" }],
    });
    expect(form(requests[0])).toEqual([["data", '["A1","B2"]']]);
  });

  it("accepts a JSON-text list for List Metaproperties' IDs", async () => {
    const { requests } = await run("listMetaproperties", { ids: '["M1", "M2"]' });
    expect(requests[0].query).toContainEqual(["ids", "M1,M2"]);
  });

  it.each([
    ["getAsset", { id: ["A1", "B2"] }, /Input "ID" must be a single value, but got a list of 2/],
    ["getAsset", { id: ["A1"] }, /Map the single item itself instead/],
    ["getAsset", { id: { id: "A1" } }, /Map its "id" field instead/],
    [
      "removeTagFromAssets",
      { id: "T1", assetIds: '["A1"' },
      /Input "Asset IDs" starts like a JSON list/,
    ],
    ["removeTagFromAssets", { id: "T1", assetIds: ['["A1"', 'B2"]'] }, /Input "Asset IDs"/],
    ["removeTagFromAssets", { id: "T1", assetIds: [{ name: "x" }] }, /without an "id" field/],
    [
      "removeTagFromAssets",
      { id: "T1", assetIds: 'A1, "B2"' },
      /has the item ""B2"", which is not/,
    ],
  ])("%s refuses %j before any request", (key, inputs, message) => refused(key, inputs, message));
});

describe("Search Assets brand filter", () => {
  const brands = (r: Recorded): [number, unknown] =>
    r.path === "/api/v4/brands/"
      ? [200, [brandExample]]
      : [200, { media: [], total: { count: 0 } }];

  it("sends a sub-brand picked from the dropdown as subBrandId, without a lookup", async () => {
    const { requests } = await run("searchAssets", { brandId: `subBrand:${SUB_BRAND}` }, brands);
    expect(requests.map((r) => r.path)).toEqual(["/api/v4/media/"]);
    expect(requests[0].query).toContainEqual(["subBrandId", SUB_BRAND]);
    expect(requests[0].query.map(([k]) => k)).not.toContain("brandId");
  });

  it("classifies a typed sub-brand ID with one lookup and sends subBrandId", async () => {
    const { requests } = await run("searchAssets", { brandId: SUB_BRAND }, brands);
    expect(requests.map((r) => r.path)).toEqual(["/api/v4/brands/", "/api/v4/media/"]);
    expect(requests[1].query).toContainEqual(["subBrandId", SUB_BRAND]);
    expect(requests[1].query.map(([k]) => k)).not.toContain("brandId");
  });

  it("keeps a typed brand ID as brandId", async () => {
    const { requests } = await run("searchAssets", { brandId: brandExample.id }, brands);
    expect(requests[1].query).toContainEqual(["brandId", brandExample.id]);
  });

  it("refuses an ID that is neither a brand nor a sub-brand, without searching", async () => {
    const { requests, error } = await run("searchAssets", { brandId: "NOPE" }, brands);
    expect(error?.message).toMatch(/Input "Brand ID" is "NOPE", which is neither a brand nor/);
    expect(requests.map((r) => r.path)).toEqual(["/api/v4/brands/"]);
  });
});

describe("Extra Parameters", () => {
  it.each([
    ["listAssets", { fetchAll: "false", extraParameters: [{ key: "limit", value: "5000" }] }],
    ["listAssets", { fetchAll: "true", extraParameters: [{ key: "limit", value: "5000" }] }],
    ["searchAssets", { extraParameters: [{ key: "brandId", value: "X" }] }],
    ["searchAssets", { extraParameters: [{ key: "subBrandId", value: "X" }] }],
  ])("%s refuses %j: a mapped input controls that parameter", (key, inputs) =>
    refused(key, inputs, /Input "Extra Parameters" sets "\w+", which/),
  );

  it("sends a repeated key once, comma-joined, as Bynder reads list filters", async () => {
    const { requests } = await run(
      "searchAssets",
      {
        extraParameters: [
          { key: "orientation", value: "portrait" },
          { key: "orientation", value: "landscape" },
        ],
      },
      () => [200, { media: [], total: { count: 0 } }],
    );
    expect(requests[0].query.filter(([k]) => k === "orientation")).toEqual([
      ["orientation", "portrait,landscape"],
    ]);
  });
});

describe("booleans", () => {
  it("falls back to the input's default when blank: List Assets fetches every page", async () => {
    const { requests } = await run("listAssets", { fetchAll: " ", page: "3" }, () => [
      200,
      { media: [], total: { count: 0 } },
    ]);
    expect(requests[0].query).toContainEqual(["limit", "1000"]);
    expect(requests[0].query).toContainEqual(["page", "1"]);
  });
});

describe("secrets and numbers", () => {
  const user = { email: "a@acme.com", profileId: "P1", firstname: "A", lastname: "B" };

  it("sends a password byte for byte, leading and trailing spaces included", async () => {
    const { requests } = await run("createUser", { ...user, password: "  pw with spaces\t" });
    expect(form(requests[0])).toContainEqual(["password", "  pw with spaces\t"]);
  });

  it("treats an all-whitespace password as blank", async () => {
    await refused("createUser", { ...user, password: "   " }, 'Input "Password" is required');
    const { requests } = await run("updateUser", { id: "U1", firstname: "A", password: " \t " });
    expect(form(requests[0]).map(([k]) => k)).toEqual(["firstname"]);
  });

  it.each(["99999999999999999999999", "1e3", "0x10", "1.5", 1e23, 2.5])(
    "refuses Page %p instead of sending something else",
    (page) => refused("listTags", { fetchAll: "false", page }, /Input "Page" must be/),
  );
});
