import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { failure } from "../../helpers/client";

const harness = createHarness(component);
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: "bf-key-0a1b2c3d" } };

// No interceptor exists: any request would reach nock's "no match", never Brandfolder.
beforeEach(() => nock.cleanAll());
afterEach(() => expect(nock.pendingMocks()).toEqual([]));

const cases: [string, string, Record<string, unknown>, string][] = [
  [
    "a key name twice in one batch",
    "createCustomFieldKeys",
    { brandfolderId: "bf1", name: "color", moreKeys: '[{"name": "size"}, {"name": "color"}]' },
    'Input "More Keys" names the key "color" twice (Name included).',
  ],
  [
    "More Keys that is not a list of keys",
    "createCustomFieldKeys",
    { brandfolderId: "bf1", name: "color", moreKeys: '{"name": "size"}' },
    'Input "More Keys" must be a JSON list of keys like',
  ],
  [
    "an attribute Brandfolder does not know in More Keys",
    "createCustomFieldKeys",
    { brandfolderId: "bf1", name: "color", moreKeys: '[{"name": "size", "colour": "red"}]' },
    'Input "More Keys" must be a JSON list of keys like',
  ],
  [
    "a blank key name",
    "createCustomFieldKeys",
    { brandfolderId: "bf1", name: "   " },
    'Input "Name"',
  ],
  [
    "a negative position",
    "createCustomFieldKeys",
    { brandfolderId: "bf1", name: "color", position: "-1" },
    'Input "Position" must be at least 0',
  ],
  [
    "an asset twice",
    "createCustomFieldValues",
    { customFieldKeyId: "k1", value: "red", assetIds: ["a1", "a2", "a1"] },
    'Input "Asset IDs" lists the asset a1 twice.',
  ],
  [
    "no asset",
    "createCustomFieldValues",
    { customFieldKeyId: "k1", value: "red", assetIds: [] },
    'Input "Asset IDs" needs at least one value.',
  ],
  [
    "nothing to update",
    "updateCustomFieldKey",
    { customFieldKeyId: "k1" },
    'Input "Name" or Allowed Values must be given: there is nothing to update.',
  ],
  [
    "a page size above Brandfolder's 3000",
    "listCustomFieldKeys",
    { brandfolderId: "bf1", per: "3001" },
    'Input "Per Page" must be at most 3000',
  ],
  [
    "a list where one ID belongs",
    "getBrandfolder",
    { brandfolderId: ["bf1", "bf2"] },
    'Input "Brandfolder ID"',
  ],
];

describe("bad input is refused, naming the input, before any request", () => {
  it.each(cases)("%s", async (_name, action, inputs, message) => {
    const error = await failure(harness.action(action, { connection, ...inputs }));
    expect(error.message).toContain(message);
    expect(error.message).not.toMatch(/nock|No match/i);
  });
});
