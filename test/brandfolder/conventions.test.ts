import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Walks the BUILT component (dist/brandfolder/index.js), i.e. what gets published. */
const root = join(__dirname, "..", "..");
const dist = join(root, "dist", "brandfolder");

interface BuiltInput {
  key: string;
  label: string | { key: string; value: string };
  type: string;
  comments?: string;
  dataSource?: string;
}
interface BuiltAction {
  display: { label: string; description: string };
  inputs: BuiltInput[];
  examplePayload?: unknown;
}
interface BuiltComponent {
  key: string;
  display: { label: string; iconPath: string };
  actions: Record<string, BuiltAction>;
  dataSources?: Record<string, unknown>;
  connections: { key: string; label: string; inputs: BuiltInput[] }[];
}

/** Values of one asset: Brandfolder lists them per asset only, so they are typed or mapped. */
const NO_DROPDOWN: Record<string, string> = {
  "updateCustomFieldValue.customFieldValueId": "values are listed per asset, not pickable alone",
  "deleteCustomFieldValue.customFieldValueId": "values are listed per asset, not pickable alone",
  "getAttachment.attachmentId": "attachments are listed per asset, not pickable alone",
  "updateAttachment.attachmentId": "attachments are listed per asset, not pickable alone",
  "deleteAttachment.attachmentId": "attachments are listed per asset, not pickable alone",
  "listInvitations.parentId": "the parent's kind is chosen in the same step",
  "createInvitation.parentId": "the parent's kind is chosen in the same step",
  "getInvitation.invitationId": "invitations are listed per parent, not pickable alone",
  "deleteInvitation.invitationId": "invitations are listed per parent, not pickable alone",
  "listUserPermissions.parentId": "the parent's kind is chosen in the same step",
  "getUserPermission.userPermissionId": "permissions are listed per parent, not pickable alone",
  "deleteUserPermission.userPermissionId": "permissions are listed per parent, not pickable alone",
  "listAssets.parentId": "its kind (Brandfolder, Section, Collection, Label) is chosen in the step",
  "createAssets.parentId": "its kind (Brandfolder or Collection) is chosen in the step",
  "updateTag.tagId": "tags are listed per asset, not pickable alone",
  "downloadAttachment.attachmentId": "attachments are listed per asset, not pickable alone",
  "uploadFile.parentId": "its kind (Brandfolder or Collection) is chosen in the step",
};

const camel = (label: string) =>
  label
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .trim()
    .split(/\s+/)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
const labelOf = (i: BuiltInput) => (typeof i.label === "string" ? i.label : i.label.value);

if (!existsSync(join(dist, "index.js")))
  throw new Error("dist/brandfolder/index.js is missing: run `npm run build` first.");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built: BuiltComponent = require(join(dist, "index.js")).default;

describe("the built Brandfolder component", () => {
  it("is the brandfolder component with its own icon", () => {
    expect(built.key).toBe("brandfolder");
    expect(built.display.label).toBe("Brandfolder");
    const icon = readFileSync(join(dist, built.display.iconPath));
    expect(icon.subarray(1, 4).toString()).toBe("PNG");
    expect(icon.equals(readFileSync(join(root, "assets", "bynder", "icon.png")))).toBe(false);
  });

  it("has the API Key connection: API Key, API Host, then the pacing inputs", () => {
    expect(built.connections.map((c) => [c.key, c.label])).toEqual([["apiKey", "API Key"]]);
    const [connection] = built.connections;
    expect(connection.inputs.map(labelOf)).toEqual([
      "API Key",
      "API Host",
      "Requests Per Second",
      "Max Retries",
      "Max Wait (Minutes)",
    ]);
    for (const input of connection.inputs) expect(input.comments?.length).toBeGreaterThan(20);
  });

  it("has unique action labels", () => {
    const labels = Object.values(built.actions).map((a) => a.display.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("lists only ID inputs that exist as having no dropdown", () => {
    const all = Object.entries(built.actions).flatMap(([k, a]) =>
      a.inputs.map((i) => `${k}.${i.key}`),
    );
    expect(Object.keys(NO_DROPDOWN).filter((k) => !all.includes(k))).toEqual([]);
  });
});

describe.each(Object.entries(built.actions))("action %s", (key, action) => {
  it("has a key that is the camelCase of its label", () => {
    expect(key).toBe(camel(action.display.label));
  });

  it("has a description naming its Brandfolder calls and linking the reference", () => {
    expect(action.display.description).toMatch(/^[A-Z].*\.$/);
    expect(action.display.description).toMatch(
      / Brandfolder API: [A-Z, or]*(GET|POST|PUT|DELETE) \/api\/v[14]\/.*\(https:\/\/developers\.smartsheet\.com\/api\/brandfolder\/openapi[^)]*\)\.$/,
    );
  });

  it("has an example payload with data", () => {
    const data = (action.examplePayload as { data?: unknown } | undefined)?.data;
    expect(data).toBeDefined();
    // A download's result is bytes (a Buffer, as Prismatic expects binary data); the rest is JSON.
    if (Buffer.isBuffer(data)) expect(data.length).toBeGreaterThan(0);
    else expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it("explains every input in Brandfolder's terms, and gives each ID input a dropdown or a reason", () => {
    for (const input of action.inputs) {
      const id = `${key}.${input.key}`;
      expect(`${id}: ${input.comments ?? ""}`.length).toBeGreaterThan(`${id}: `.length + 10);
      // A comment copied from the Bynder component would mislead a Brandfolder user.
      expect(`${id}: ${input.comments ?? ""}`).not.toMatch(/bynder/i);
      const isId = /\bIDs?$/.test(labelOf(input)) && input.type !== "connection";
      if (isId && !NO_DROPDOWN[id])
        expect(`${id} -> ${input.dataSource}`).toMatch(/-> select[A-Z]\w+$/);
      if (input.dataSource) expect(built.dataSources?.[input.dataSource]).toBeDefined();
    }
  });
});

interface BuiltDataSource {
  display: { label: string; description: string };
  inputs: BuiltInput[];
  examplePayload?: { result?: unknown };
}
const dataSources = Object.entries(built.dataSources ?? {}) as [string, BuiltDataSource][];

describe.each(dataSources)("data source %s", (key, source) => {
  it("is keyed select<Resource> after its label and says how many pages it reads at most", () => {
    expect(key).toBe(camel(source.display.label));
    expect(source.display.description).toMatch(/^[A-Z].*\.$/);
    expect(source.display.description).toMatch(/\(reads (at most \d+ pages of 100|1 page)\)\.$/);
  });

  it("has an example list and explains its inputs, each parent ID with its own dropdown", () => {
    expect(Array.isArray(source.examplePayload?.result)).toBe(true);
    for (const input of source.inputs.filter((i) => i.type !== "connection")) {
      expect(input.comments?.length).toBeGreaterThan(20);
      expect(input.comments).not.toMatch(/bynder/i);
      if (/\bID$/.test(labelOf(input)))
        expect(built.dataSources?.[input.dataSource ?? "-"]).toBeDefined();
    }
  });
});
