import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { failure } from "../../helpers/client";

const harness = createHarness(component);
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: "bf-key-0a1b2c3d" } };

// No interceptor exists: any request would reach nock's "no match", never Brandfolder.
beforeEach(() => nock.cleanAll());
afterEach(() => expect(nock.pendingMocks()).toEqual([]));

const asset = { parent: "brandfolders", parentId: "bf1", sectionId: "s1", name: "Logo" };
const cases: [string, string, Record<string, unknown>, string][] = [
  [
    "a parent kind Brandfolder does not list assets of",
    "listAssets",
    { parent: "organizations", parentId: "o1" },
    'Input "List Assets In"',
  ],
  [
    "Include on a Section's assets, which the OpenAPI does not offer",
    "listAssets",
    { parent: "sections", parentId: "s1", include: "tags" },
    'Input "Include" is not available when listing a Section\'s assets.',
  ],
  [
    "a Max Items above the cap",
    "listAssets",
    { parent: "brandfolders", parentId: "bf1", fetchAll: "true", maxItems: "10001" },
    'Input "Max Items"',
  ],
  [
    "assets created in a Section directly (Brandfolder or Collection only)",
    "createAssets",
    { ...asset, parent: "sections" },
    'Input "Create In"',
  ],
  [
    "an asset without a section",
    "createAssets",
    { ...asset, sectionId: " " },
    'Input "Section ID"',
  ],
  [
    "More Assets that is not a list of assets",
    "createAssets",
    { ...asset, moreAssets: '{"name": "Banner"}' },
    'Input "More Assets" must be a JSON list of assets like',
  ],
  [
    "an attachment in More Assets that is not a URL",
    "createAssets",
    { ...asset, moreAssets: '[{"name": "Banner", "attachments": [{"url": "banner.png"}]}]' },
    'Input "More Assets" must be a JSON list of assets like',
  ],
  [
    "an asset update with nothing to change",
    "updateAsset",
    { assetId: "a1" },
    'Input "Name" or Description or Approved must be given',
  ],
  ["no tag to add", "addTagsToAsset", { assetId: "a1", tags: [] }, 'Input "Tags"'],
  ["no tag to remove", "removeTagsFromAsset", { assetId: "a1", tags: "" }, 'Input "Tags"'],
  ["a blank tag name", "updateTag", { tagId: "t1", name: " " }, 'Input "Name"'],
  [
    "a collection update with nothing to change",
    "updateCollection",
    { collectionId: "c1" },
    'Input "Name" or Slug or Tagline must be given',
  ],
];

describe("bad asset and collection input is refused, naming the input, before any request", () => {
  it.each(cases)("%s", async (_name, action, inputs, message) => {
    const error = await failure(harness.action(action, { connection, ...inputs }));
    expect(error.message).toContain(message);
    expect(error.message).not.toMatch(/nock|No match/i);
  });
});
