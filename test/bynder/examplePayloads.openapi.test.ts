import component from "../../src/bynder";
import { brandExample, plainBrandExample } from "../../src/bynder/examplePayloads/brands";
import { campaignCreatedAnswer } from "../../src/bynder/examplePayloads/campaigns";
import { collectionAssetIdsExample } from "../../src/bynder/examplePayloads/collections";
import { jobCreatedAnswer } from "../../src/bynder/examplePayloads/jobs";
import { OPERATIONS, type Operation, operationKey } from "../../scripts/openapiSchemas";
import { responseSchema, SCHEMAS, unexplained, validate } from "./simulator/schema";

type Data = Record<string, unknown>;

/** An action whose example payload is (or holds, under `pick`) Bynder's answer to `op`. */
interface Case {
  action: string;
  op: Operation;
  pick?: (data: Data) => unknown;
}

const get = (file: string, path: string): Operation => [file, path, "get", "200"];
const post = (file: string, path: string, status: string): Operation => [
  file,
  path,
  "post",
  status,
];
const media = (d: Data) => d.media;

const CASES: Case[] = [
  { action: "getAccountInformation", op: get("account-v4", "/api/v4/account") },
  { action: "getAsset", op: get("asset-v4", "/api/v4/media/{id}") },
  { action: "listAssets", op: get("asset-v4", "/api/v4/media/"), pick: media },
  { action: "searchAssets", op: get("asset-v4", "/api/v4/media/"), pick: media },
  { action: "updateAsset", op: post("asset-v4", "/api/v4/media/{id}", "202") },
  { action: "setAssetMetaproperties", op: post("asset-v4", "/api/v4/media/{id}", "202") },
  { action: "addAssetMetapropertyOptions", op: post("asset-v4", "/api/media/options", "201") },
  { action: "getAssetDownloadUrl", op: get("asset-download", "/api/v4/media/{id}/download") },
  {
    action: "downloadSpecificAssetItem",
    op: get("asset-download", "/api/v4/media/{id}/download/{itemId}"),
  },
  { action: "getClosestS3UploadEndpoint", op: get("asset-upload", "/api/upload/endpoint") },
  { action: "initializeUpload", op: post("asset-upload", "/api/upload/init", "200") },
  { action: "listAssetUsage", op: get("asset-usage-v4", "/api/media/usage") },
  { action: "createAssetUsage", op: post("asset-usage-v4", "/api/media/usage", "200") },
  { action: "syncAssetUsage", op: post("asset-usage-v4", "/api/media/usage/sync", "200") },
  { action: "listBrands", op: get("brands-v4", "/api/v4/brands/") },
  { action: "listOrders", op: get("brandstore", "/api/store/order/") },
  { action: "getOrder", op: get("brandstore", "/api/store/order/{id}/") },
  { action: "getOrderInfo", op: get("brandstore", "/api/store/order/{id}/products") },
  { action: "updateOrder", op: post("brandstore", "/api/store/order/{id}/products", "201") },
  {
    action: "listCollections",
    op: get("collections-v4", "/api/v4/collections"),
    pick: (d) => d.collections,
  },
  // Get Collection adds the `id` Bynder leaves out; Create Collection returns what Get returns.
  { action: "getCollection", op: get("collections-v4", "/api/v4/collections/{id}") },
  { action: "createCollection", op: get("collections-v4", "/api/v4/collections/{id}") },
  { action: "updateCollection", op: post("collections-v4", "/api/v4/collections/{id}", "201") },
  {
    action: "listCollectionAssets",
    op: get("collections-v4", "/api/v4/collections/{id}/media"),
    pick: (d) => d.assetIds,
  },
  {
    action: "addAssetsToCollection",
    op: post("collections-v4", "/api/v4/collections/{id}/media", "202"),
  },
  {
    action: "shareCollection",
    op: post("collections-v4", "/api/v4/collections/{id}/share", "202"),
  },
  {
    action: "listMetapropertyOptions",
    op: get("metaproperty-options-v4", "/api/v4/metaproperties/{id}/options"),
  },
  {
    action: "createMetapropertyOption",
    op: post("metaproperty-options-v4", "/api/v4/metaproperties/{id}/options", "201"),
  },
  {
    action: "updateMetapropertyOption",
    op: post("metaproperty-options-v4", "/api/v4/metaproperties/{id}/options/{optionId}", "201"),
  },
  { action: "listSecurityProfiles", op: get("securityroles-v4", "/api/v4/profiles/") },
  { action: "getSecurityProfile", op: get("securityroles-v4", "/api/v4/profiles/{id}") },
  { action: "getCurrentUser", op: get("users-v4", "/api/v4/currentUser/") },
  { action: "listUsers", op: get("users-v4", "/api/v4/users/") },
  { action: "getUser", op: get("users-v4", "/api/v4/users/{id}") },
  { action: "createUser", op: post("users-v4", "/api/v4/users/", "201") },
  { action: "updateUser", op: post("users-v4", "/api/v4/users/{id}", "202") },
  { action: "getWebhook", op: get("webhooks", "/v7/webhooks/public/api/subscriptions/{id}") },
  // Create and Update Campaign / Create Job return the record as the GET that follows answers it.
  { action: "listCampaigns", op: get("wf-campaigns-v4", "/api/workflow/campaigns") },
  { action: "getCampaign", op: get("wf-campaigns-v4", "/api/workflow/campaigns/{id}") },
  { action: "createCampaign", op: get("wf-campaigns-v4", "/api/workflow/campaigns/{id}") },
  { action: "updateCampaign", op: get("wf-campaigns-v4", "/api/workflow/campaigns/{id}") },
  { action: "listJobs", op: get("wf-jobs-v4", "/api/workflow/jobs") },
  { action: "listJobsByCampaign", op: get("wf-jobs-v4", "/api/workflow/campaigns/{id}/jobs") },
  { action: "getJob", op: get("wf-jobs-v4", "/api/workflow/jobs/{id}") },
  { action: "createJob", op: get("wf-jobs-v4", "/api/workflow/jobs/{id}") },
  { action: "updateJob", op: ["wf-jobs-v4", "/api/workflow/jobs/{id}", "put", "200"] },
  { action: "finishJob", op: ["wf-jobs-v4", "/api/workflow/jobs/{id}/finish", "patch", "200"] },
  { action: "getJobStages", op: get("wf-jobs-v4", "/api/workflow/jobs/{id}/stages") },
  { action: "getMediaOfJob", op: get("wf-jobs-v4", "/api/workflow/jobs/{id}/media") },
  { action: "getJobPreset", op: get("wf-jobs-v4", "/api/workflow/presets/job/{id}") },
  { action: "listWorkflowUsers", op: get("wf-users-groups-v4", "/api/workflow/users/") },
];

const CONFIRMATION = "Bynder answers 204 without a body; the action returns its own confirmation";
const NO_SCHEMA = "the official OpenAPI files give no JSON response schema for this endpoint";

/** Actions not checked, each with the reason. */
const SKIPPED: Record<string, string> = {
  deleteAsset: CONFIRMATION,
  deleteAssetMetapropertyOptions: CONFIRMATION,
  deleteAssetUsage: CONFIRMATION,
  deleteCampaign: CONFIRMATION,
  closeCampaign: CONFIRMATION,
  deleteCollection: CONFIRMATION,
  removeAssetsFromCollection: CONFIRMATION,
  deleteJob: CONFIRMATION,
  deleteMetaproperty: CONFIRMATION,
  deleteMetapropertyOption: CONFIRMATION,
  deleteUser: CONFIRMATION,
  deleteWebhook: CONFIRMATION,
  removeTagFromAssets: CONFIRMATION,
  downloadAsset: "returns the file's bytes, not JSON",
  generateDynamicAssetTransformation: "returns the file's bytes, not JSON",
  uploadChunk: "S3's answer, not Bynder's",
  uploadFile: "a summary of several upload steps",
  uploadFileFromUrl: "a summary of several upload steps",
  rawRequest: "any endpoint",
  updateWebhook: "returns the merged configuration after one or two requests",
  listMetaproperties: NO_SCHEMA,
  getMetaproperty: NO_SCHEMA,
  createMetaproperty: NO_SCHEMA,
  updateMetaproperty: NO_SCHEMA,
  listTags: NO_SCHEMA,
  addTagToAssets: NO_SCHEMA,
  listWebhooks: NO_SCHEMA,
  createWebhook: NO_SCHEMA,
  registerUploadedChunk: NO_SCHEMA,
  finalizeCompleteUpload: NO_SCHEMA,
  // The upload-steps files declare these answers as an empty schema, which proves nothing.
  retrievePollState: NO_SCHEMA,
  saveANewAsset: NO_SCHEMA,
  saveAsANewAssetVersion: NO_SCHEMA,
  finalizeCompleteUploadAndSaveAsNewAssetAdditional: NO_SCHEMA,
};

/** Bynder answers in src/bynder/examplePayloads that no action returns unchanged (nock replies). */
const ANSWERS: [string, unknown, Operation][] = [
  [
    "campaignCreatedAnswer",
    campaignCreatedAnswer,
    post("wf-campaigns-v4", "/api/workflow/campaigns", "201"),
  ],
  ["jobCreatedAnswer", jobCreatedAnswer, post("wf-jobs-v4", "/api/workflow/jobs", "201")],
  [
    "collectionAssetIdsExample",
    collectionAssetIdsExample,
    get("collections-v4", "/api/v4/collections/{id}/media"),
  ],
  ["brandExample", [brandExample], get("brands-v4", "/api/v4/brands/")],
  ["plainBrandExample", [plainBrandExample], get("brands-v4", "/api/v4/brands/")],
];

const exampleOf = (key: string) =>
  (component.actions[key]?.examplePayload as { data?: unknown } | undefined)?.data;

/** "/api/v4/media/{assetId}/" and "/api/v4/media/{id}" are the same endpoint. */
const endpoint = (path: string) => path.replace(/\{[^}]*\}/g, "{}").replace(/\/$/, "");

describe("example payloads match the official OpenAPI response schemas", () => {
  it("classifies every action as checked or skipped with a reason", () => {
    const checked = CASES.map((c) => c.action);
    const all = Object.keys(component.actions);
    expect(all.filter((k) => !checked.includes(k) && !(k in SKIPPED))).toEqual([]);
    expect([...checked, ...Object.keys(SKIPPED)].filter((k) => !all.includes(k))).toEqual([]);
    expect(checked.filter((k) => k in SKIPPED)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.action, c] as const))(
    "%s calls the endpoint its schema comes from",
    (key, { op }) => {
      const description = component.actions[key].display.description;
      const called = description.split("Bynder API:")[1] ?? "";
      const paths = (called.match(/\/[\w/{}.-]*/g) ?? []).map(endpoint);
      expect(paths).toContain(endpoint(op[1]));
      expect(called).toContain(op[2].toUpperCase());
    },
  );

  it("has no problems in any action's example payload beyond the listed deviations", () => {
    const problems = CASES.flatMap(({ action, op, pick }) => {
      const data = exampleOf(action);
      const { schema, doc } = responseSchema(...op);
      const value = pick ? pick(data as Data) : data;
      expect([action, value]).not.toEqual([action, undefined]);
      return validate(value, schema, doc).map((p) => `${action}: ${p}`);
    });
    expect(unexplained(problems)).toEqual([]);
  });

  it("has no problems in the Bynder answers our tests reply with", () => {
    const problems = ANSWERS.flatMap(([name, value, op]) => {
      const { schema, doc } = responseSchema(...op);
      return validate(value, schema, doc).map((p) => `${name}: ${p}`);
    });
    expect(unexplained(problems)).toEqual([]);
  });
});

describe("the OpenAPI schema fixture", () => {
  it("holds exactly the operations scripts/openapiSchemas.ts extracts", () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual(OPERATIONS.map(operationKey).sort());
  });

  it("holds every operation this test uses", () => {
    const used = [...CASES.map((c) => c.op), ...ANSWERS.map(([, , op]) => op)].map(operationKey);
    expect(used.filter((key) => !(key in SCHEMAS))).toEqual([]);
  });

  it("tells how to add a missing operation", () => {
    expect(() => responseSchema("users-v4", "/api/v4/nothing", "get")).toThrow(
      /add it to OPERATIONS in scripts\/openapiSchemas\.ts and run `npx tsx scripts\/openapiSchemas\.ts`/,
    );
  });

  it("keeps structure only: no prose, examples or unresolved references", () => {
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties") Object.values(value as object).forEach(walk);
        else if (key !== "enum" && key !== "required") {
          keys.add(key);
          walk(value);
        }
      }
    };
    Object.values(SCHEMAS).forEach(walk);
    const structural = ["type", "nullable", "items", "allOf", "anyOf", "oneOf"];
    expect([...keys].filter((k) => !structural.includes(k))).toEqual([]);
  });
});
