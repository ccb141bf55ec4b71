import { existsSync } from "node:fs";
import { join } from "node:path";

/** Walks the BUILT component: the seed's labels and defaults for collections, campaigns and jobs. */
const distPath = join(__dirname, "..", "..", "dist", "bynder", "index.js");
if (!existsSync(distPath)) throw new Error("dist/bynder/index.js is missing: run `npm run build`.");
interface BuiltInput {
  label: string | { value: string };
  default?: unknown;
}
type Built = { actions: Record<string, { display: { label: string }; inputs: BuiltInput[] }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built: Built = require(distPath).default;
const labelOf = (i: BuiltInput) => (typeof i.label === "string" ? i.label : i.label.value);

/** [action key, seed label, seed inputs as [label, default] in seed order]; "Connection" first. */
const SEED: [string, string, [string, string][]][] = [
  ["closeCampaign", "Close Campaign", [["Campaign ID", ""]]],
  [
    "createCampaign",
    "Create Campaign",
    [
      ["Name", ""],
      ["Key", ""],
      ["Description", ""],
      ["Responsible ID", ""],
      ["Data", ""],
    ],
  ],
  [
    "createCollection",
    "Create Collection",
    [
      ["Collection Name", ""],
      ["Collection Description", ""],
    ],
  ],
  [
    "createJob",
    "Create Job",
    [
      ["Name", ""],
      ["Campaign ID", ""],
      ["Accountable ID", ""],
      ["Preset ID", ""],
      ["Description", ""],
      ["Data", ""],
    ],
  ],
  ["deleteCampaign", "Delete Campaign", [["Campaign ID", ""]]],
  ["deleteCollection", "Delete Collection", [["Collection ID", ""]]],
  ["deleteJob", "Delete Job", [["Job ID", ""]]],
  ["getCampaign", "Get Campaign", [["Campaign ID", ""]]],
  ["getCollection", "Get Collection", [["Collection ID", ""]]],
  ["getJob", "Get Job", [["Job ID", ""]]],
  ["getJobPreset", "Get Job Preset", [["Job preset ID", ""]]],
  ["getMediaOfJob", "Get Media of Job", [["Job ID", ""]]],
  ["listCampaigns", "List Campaigns", []],
  [
    "listCollections",
    "List Collections",
    [
      ["Page", ""],
      ["Limit", ""],
      ["Count", "false"],
      ["Fetch All", "true"],
      ["Extra Parameters", ""],
    ],
  ],
  [
    "listJobs",
    "List Jobs",
    [
      ["Page", ""],
      ["Limit", ""],
      ["Extra Parameters", ""],
    ],
  ],
  [
    "listJobsByCampaign",
    "List Jobs By Campaign",
    [
      ["Campaign ID", ""],
      ["Page", ""],
      ["Limit", ""],
      ["Extra Parameters", ""],
    ],
  ],
  [
    "shareCollection",
    "Share Collection",
    [
      ["Collection ID", ""],
      ["Collection Options", ""],
      ["Recipients", ""],
      ["Groups", ""],
      ["Profiles", ""],
      ["Data", ""],
    ],
  ],
  [
    "updateCampaign",
    "Update Campaign",
    [
      ["Campaign ID", ""],
      ["Name", ""],
      ["Key", ""],
      ["Responsible ID", ""],
      ["Description", ""],
      ["Data", ""],
    ],
  ],
  // Is Public: the seed's default of true is the documented deviation (it would publish private collections).
  [
    "updateCollection",
    "Update Collection",
    [
      ["Collection ID", ""],
      ["Collection Name", ""],
      ["Collection Description", ""],
      ["Is Public", ""],
    ],
  ],
  [
    "updateJob",
    "Update Job",
    [
      ["Job ID", ""],
      ["Name", ""],
      ["Campaign ID", ""],
      ["Accountable ID", ""],
      ["Description", ""],
      ["Data", ""],
    ],
  ],
];

describe.each(SEED)("%s", (key, label, inputs) => {
  it("keeps the seed's label, and its inputs in order with their defaults", () => {
    const action = built.actions[key];
    expect(action.display.label).toBe(label);
    const actual = action.inputs.map((i) => [
      labelOf(i),
      i.default === undefined ? "" : String(i.default),
    ]);
    const seedLabels = new Set(inputs.map(([l]) => l));
    expect(actual[0][0]).toBe("Connection");
    expect(actual.filter(([l]) => seedLabels.has(l))).toEqual(inputs);
  });
});

it("job lists gain Fetch All off by default, so a step set up from the seed still returns one page", () => {
  for (const key of ["listJobs", "listJobsByCampaign"]) {
    const fetchAll = built.actions[key].inputs.find((i) => labelOf(i) === "Fetch All");
    expect(String(fetchAll?.default)).toBe("false");
  }
});
