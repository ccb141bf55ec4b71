import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import { collectionExample } from "../../../src/bynder/examplePayloads/collections";
import { probeWindow } from "../../../src/core/paging/walkCheck";
import { oauthConnection } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { formPairs, recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);
const ID = collectionExample.id;
type Result = { data: Record<string, unknown> };
const run = (key: string, inputs: Record<string, unknown>, logger = recordingLogger().logger) =>
  harness.action(key, { connection: oauthConnection(), ...inputs }, { logger }) as Promise<Result>;

describe("Update Collection", () => {
  it.each([
    ["left out", {}],
    ["blank", { isPublic: "" }],
  ])(
    "sends no isPublic field when Is Public is %s, so visibility stays as it was",
    async (_how, extra) => {
      const portal = recordPortal(() => [201, { message: "Created", statuscode: 201 }]);
      await run("updateCollection", { id: ID, name: "Renamed", ...extra });
      portal.stop();
      expect(portal.requests).toHaveLength(1);
      expect(formPairs(portal.requests[0])).toEqual([["name", "Renamed"]]);
    },
  );

  it("sends isPublic=true only when the user chose Yes", async () => {
    const portal = recordPortal(() => [201, { message: "Created", statuscode: 201 }]);
    await run("updateCollection", { id: ID, isPublic: "true" });
    portal.stop();
    expect(formPairs(portal.requests[0])).toEqual([["isPublic", "true"]]);
  });
});

describe("Create Collection without a Location header", () => {
  const newest = { ...collectionExample, id: "NEWEST-ID" };
  const older = { ...collectionExample, id: "OLDER-ID" };
  const near = { ...collectionExample, id: "NEAR-ID", name: "Spring launch 2" };

  it("finds the new collection by exact name, newest first, and warns when several share the name", async () => {
    const portal = recordPortal((r) => {
      if (r.method === "POST") return [201, { message: "Created", statuscode: 201 }];
      if (r.path === "/api/v4/collections/") return [200, [near, newest, older]];
      return [200, collectionExample];
    });
    const log = recordingLogger();
    const { data } = await run("createCollection", { name: "Spring launch" }, log.logger);
    portal.stop();
    expect(portal.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ["POST", "/api/v4/collections/", []],
      [
        "GET",
        "/api/v4/collections/",
        [
          ["keyword", "Spring launch"],
          ["orderBy", "dateCreated desc"],
          ["limit", "100"],
          ["page", "1"],
        ],
      ],
      ["GET", "/api/v4/collections/NEWEST-ID/", []],
    ]);
    expect(data.id).toBe(collectionExample.id);
    expect(log.lines.join("\n")).toContain(
      '2 collections are named "Spring launch"; returning the newest (NEWEST-ID)',
    );
  });

  it("says the collection was created but not found when no name matches exactly", async () => {
    const portal = recordPortal((r) =>
      r.method === "POST" ? [201, { message: "Created", statuscode: 201 }] : [200, [near]],
    );
    await expect(run("createCollection", { name: "Spring launch" })).rejects.toThrow(
      'Bynder created the collection "Spring launch" but sent no Location header',
    );
    portal.stop();
    expect(portal.requests).toHaveLength(2);
  });

  it("reads the ID from a relative Location header without any lookup", async () => {
    const portal = recordPortal((r) =>
      r.method === "POST"
        ? [201, { message: "Created", statuscode: 201 }, { Location: `/api/v4/collections/${ID}` }]
        : [200, collectionExample],
    );
    await run("createCollection", { name: "Spring launch" });
    portal.stop();
    expect(portal.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/v4/collections/",
      `GET /api/v4/collections/${ID}/`,
    ]);
  });
});

describe("List Collections with Fetch All off", () => {
  it("returns one page as {collections} without passing the page length off as a total", async () => {
    const portal = recordPortal(() => [200, [collectionExample]]);
    const { data } = await run("listCollections", { fetchAll: "false", page: "2", limit: "10" });
    portal.stop();
    expect(portal.requests[0].query).toEqual([
      ["page", "2"],
      ["limit", "10"],
    ]);
    expect(data).toEqual({ collections: [collectionExample] });
  });
});

describe("List Collection Assets", () => {
  it("returns only the IDs, in one request, when details are off", async () => {
    const portal = recordPortal(() => [200, [assetExample.id, "B-2"]]);
    const { data } = await run("listCollectionAssets", { id: ID, includeAssetDetails: "false" });
    portal.stop();
    expect(portal.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /api/v4/collections/${ID}/media/`,
    ]);
    expect(data).toEqual({ assetIds: [assetExample.id, "B-2"] });
  });

  it("refuses to return a partial list with details when the collection is over the cap", async () => {
    const page = Array.from({ length: 1000 }, (_, i) => ({ id: `A-${i}` }));
    let n = 0;
    const portal = recordPortal(() => [
      200,
      { media: page.map((a) => ({ id: `${a.id}-${n++}` })) },
    ]);
    await expect(
      run("listCollectionAssets", { id: ID, includeAssetDetails: "true" }),
    ).rejects.toThrow("has more than 10,000 assets");
    portal.stop();
    expect(portal.requests).toHaveLength(11);
  });

  it("fails rather than return a list with gaps when the collection keeps moving under the walk", async () => {
    let n = 0;
    const ids = (count: number) => Array.from({ length: count }, () => ({ id: `A-${n++}` }));
    // A page of 1000, then every later read (the next window, the boundary check) sees only 3
    // assets no earlier read returned.
    const portal = recordPortal((r) => {
      const q = Object.fromEntries(r.query);
      return [200, { media: ids(q.page === "1" && q.limit === "1000" ? 1000 : 3) }];
    });
    await expect(
      run("listCollectionAssets", { id: ID, includeAssetDetails: "true" }),
    ).rejects.toThrow(
      "List Collection Assets: the collection's assets changed while they were read and still did not line up after 2 re-reads",
    );
    portal.stop();
    // Three walks of 2 reads (page 1, then a window that did not join it), each followed by a
    // check across their boundary, reading a quarter page on each side.
    const check = probeWindow(1000, 250, 1000)!;
    expect(portal.requests.map((r) => Object.fromEntries(r.query).limit)).toEqual(
      Array(3)
        .fill(["1000", "950", String(check.limit)])
        .flat(),
    );
  });
});

describe("List Collection Assets without details", () => {
  it("returns the IDs as strings", async () => {
    const portal = recordPortal(() => [200, ["A-1", 2]]);
    const result = await run("listCollectionAssets", { id: ID, includeAssetDetails: "false" });
    portal.stop();
    expect(result.data).toEqual({ assetIds: ["A-1", "2"] });
  });

  it("names what it expected when Bynder answers something other than a list of IDs", async () => {
    const portal = recordPortal(() => [200, { media: [] }]);
    await expect(
      run("listCollectionAssets", { id: ID, includeAssetDetails: "false" }),
    ).rejects.toThrow(
      "Bynder returned an unexpected list of asset IDs for List Collection Assets: expected an array.",
    );
    portal.stop();
  });
});
