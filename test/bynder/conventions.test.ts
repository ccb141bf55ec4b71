import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SCOPES } from "../../src/bynder/connections/scopes";

/** Walks the BUILT component (dist/bynder/index.js), i.e. what `prism components:publish` uploads. */
const distPath = join(__dirname, "..", "..", "dist", "bynder", "index.js");

interface BuiltInput {
  key: string;
  label: string | { key: string; value: string };
  type: string;
  comments?: string;
  dataSource?: string;
  default?: unknown;
}
interface BuiltAction {
  key: string;
  display: { label: string; description: string };
  inputs: BuiltInput[];
  examplePayload?: unknown;
}
interface BuiltComponent {
  key: string;
  display: { label: string; iconPath: string };
  actions: Record<string, BuiltAction>;
  dataSources: Record<string, BuiltAction & { dataSourceType: string }>;
  triggers: Record<string, BuiltAction>;
  connections: { key: string; label: string; inputs: BuiltInput[] }[];
}

/**
 * ID inputs that deliberately have no dropdown, with the reason. Anything else whose label ends in
 * "ID" or "IDs" must have one.
 */
const ID_INPUTS_WITHOUT_DROPDOWN: Record<string, string> = {
  "getOrder.orderNumber": "an order number is typed, not picked",
  "createAssetUsage.integrationId": "Bynder has no endpoint that lists integrations",
  "listAssetUsage.integrationId": "Bynder has no endpoint that lists integrations",
  "deleteAssetUsage.integrationId": "Bynder has no endpoint that lists integrations",
  "syncAssetUsage.integrationId": "Bynder has no endpoint that lists integrations",
  "downloadAsset.itemId": "media items are read from Get Asset with Versions on",
  "downloadSpecificAssetItem.itemId": "media items are read from Get Asset with Versions on",
  "getAssetDownloadUrl.itemId": "media items are read from Get Asset with Versions on",
  "registerUploadedChunk.id": "upload ids come from Initialize Upload; Bynder cannot list them",
  "registerUploadedChunk.targetId":
    "target ids come from Initialize Upload; Bynder cannot list them",
  "finalizeCompleteUpload.id": "upload ids come from Initialize Upload; Bynder cannot list them",
  "finalizeCompleteUpload.targetId":
    "target ids come from Initialize Upload; Bynder cannot list them",
  "finalizeCompleteUploadAndSaveAsNewAssetAdditional.id":
    "upload ids come from Initialize Upload; Bynder cannot list them",
  "finalizeCompleteUploadAndSaveAsNewAssetAdditional.targetId":
    "target ids come from Initialize Upload; Bynder cannot list them",
  "saveANewAsset.importId":
    "import ids come from Finalize Complete Upload; Bynder cannot list them",
  "saveAsANewAssetVersion.importId":
    "import ids come from Finalize Complete Upload; Bynder cannot list them",
};

const camel = (label: string) =>
  label
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .trim()
    .split(/\s+/)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join("");

if (!existsSync(distPath))
  throw new Error(
    "dist/bynder/index.js is missing: run `npm run build` (npm test does it for you).",
  );
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built: BuiltComponent = require(distPath).default;
/** Our optional pace and retry inputs, after the seed's own on every connection. */
const PACING_LABELS = ["Requests Per Second", "Max Retries", "Max Wait (Minutes)"];
const labelOf = (i: BuiltInput) => (typeof i.label === "string" ? i.label : i.label.value);

describe("the built component", () => {
  it("is the bynder component with its icon", () => {
    expect(built.key).toBe("bynder");
    expect(built.display.iconPath).toBe("icon.png");
    const icon = readFileSync(join(__dirname, "..", "..", "dist", "bynder", "icon.png"));
    expect(icon.subarray(1, 4).toString()).toBe("PNG");
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
  });

  it("has the three connections with the seed's labels and the 19 default scopes", () => {
    expect(built.connections.map((c) => c.label)).toEqual([
      "OAuth 2.0",
      "OAuth 2.0 Client Credentials",
      "Permanent Token",
    ]);
    expect(DEFAULT_SCOPES.split(" ")).toHaveLength(19);
    for (const c of built.connections.slice(0, 2)) {
      expect(c.inputs.find((i) => i.key === "scopes")?.default).toBe(DEFAULT_SCOPES);
      expect(c.inputs.find((i) => i.key === "clientSecret")?.type).toBe("password");
    }
    expect(built.connections[0].inputs.map(labelOf)).toEqual([
      "Authorize URL",
      "Token URL",
      "Scopes",
      "Client ID",
      "Client Secret",
      ...PACING_LABELS,
    ]);
    expect(built.connections[1].inputs.map(labelOf)).toEqual([
      "Token URL",
      "Scopes",
      "Client ID",
      "Client Secret",
      ...PACING_LABELS,
    ]);
    expect(built.connections[2].inputs.map((i) => [labelOf(i), i.type])).toEqual([
      ["Portal URL", "string"],
      ["Token", "password"],
      ...PACING_LABELS.map((l) => [l, "string"]),
    ]);
  });
});

describe("Raw Request", () => {
  it("has exactly the seed's inputs and defaults", () => {
    const inputs = built.actions.rawRequest.inputs.map((i) => [labelOf(i), i.default ?? ""]);
    expect(inputs).toEqual([
      ["Connection", ""],
      ["URL", ""],
      ["Method", ""],
      ["Data", ""],
      ["Form Data", ""],
      ["File Data", ""],
      ["File Data File Names", ""],
      ["Query Parameter", ""],
      ["Header", ""],
      ["Response Type", "json"],
      ["Timeout", ""],
      ["Retry Delay (ms)", "0"],
      ["Retry On All Errors", "false"],
      ["Max Retry Count", "0"],
      ["Use Exponential Backoff", "false"],
    ]);
  });
});

describe.each(Object.entries(built.actions))("action %s", (key, action) => {
  it("has a key that is the camelCase of its label", () => {
    expect(key).toBe(camel(action.display.label));
  });

  it("has a one-sentence description and an example payload", () => {
    expect(action.display.description).toMatch(/^[A-Z].*\.$/);
    expect(action.examplePayload).toBeDefined();
    expect((action.examplePayload as { data?: unknown }).data).toBeDefined();
  });

  it("explains every input and offers a dropdown on every ID input", () => {
    for (const input of action.inputs) {
      expect(`${key}.${input.key}: ${input.comments ?? ""}`.length).toBeGreaterThan(
        `${key}.${input.key}: `.length + 5,
      );
      const isId = /\bIDs?$/.test(labelOf(input)) && input.type !== "connection";
      if (isId && !ID_INPUTS_WITHOUT_DROPDOWN[`${key}.${input.key}`]) {
        expect(`${key}.${input.key} -> ${input.dataSource}`).toMatch(/-> select[A-Z]\w+$/);
      }
      if (input.dataSource) expect(built.dataSources[input.dataSource]).toBeDefined();
    }
  });
});

describe("labels", () => {
  it("are unique across actions", () => {
    const labels = Object.values(built.actions).map((a) => a.display.label);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });
});

describe.each(Object.entries(built.triggers))("trigger %s", (key, trigger) => {
  it("has a key that is the camelCase of its label, a description and an example payload", () => {
    expect(key).toBe(camel(trigger.display.label));
    expect(trigger.display.description).toMatch(/^[A-Z].*\.$/);
    expect(trigger.examplePayload).toBeDefined();
  });

  it("explains every input, and every dropdown it names exists", () => {
    for (const input of trigger.inputs) {
      expect(`${key}.${input.key}: ${input.comments ?? ""}`.length).toBeGreaterThan(
        `${key}.${input.key}: `.length + 5,
      );
      if (input.dataSource) expect(built.dataSources[input.dataSource]).toBeDefined();
    }
  });
});

describe("triggers", () => {
  it("are the polling trigger and the webhook trigger", () => {
    expect(Object.keys(built.triggers).sort()).toEqual(["assetEvents", "newAndUpdatedRecords"]);
  });
});
