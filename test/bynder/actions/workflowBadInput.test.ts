import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { oauthConnection } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);
const COLLECTION = "9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B";
const CAMPAIGN = "3F9A1C7E-5B2D-4E8F-A06B-1C2D3E4F5A6B";
const JOB = "6E2B9D4F-1A3C-4E5B-8D7F-0A1B2C3D4E5F";
const USER = "2A4C6E8F-1B3D-4F5A-8C7E-9D0F1A2B3C4D";
const newCampaign = { name: "Spring", key: "SPR6", description: "", responsibleId: USER };
const newJob = { name: "Banner", campaignId: CAMPAIGN, accountableId: USER, presetId: "P1" };

/** Collections, campaigns, jobs and asset usage: each case must fail naming the input, before any request. */
const cases: [string, string, Record<string, unknown>, string][] = [
  [
    "a share with no recipient, group or profile",
    "shareCollection",
    { id: COLLECTION, collectionOptions: "view", recipients: [], groups: "", profiles: "" },
    'Input "Recipients" is empty, and so are "Groups" and "Profiles"',
  ],
  [
    "a share with a bad email",
    "shareCollection",
    { id: COLLECTION, recipients: ["jane.doe@acme.com", "john.acme.com"] },
    'Input "Recipients" must be an email address like name@example.com (got "john.acme.com")',
  ],
  [
    "a share that ends before it starts",
    "shareCollection",
    { id: COLLECTION, groups: ["G1"], dateStart: "2026-06-01", dateEnd: "2026-05-01" },
    'Input "Date End" must not be before Date Start',
  ],
  [
    "an unknown collection option",
    "shareCollection",
    { id: COLLECTION, groups: ["G1"], collectionOptions: "admin" },
    'Input "Collection Options" must be one of',
  ],
  [
    "invalid Data on a share",
    "shareCollection",
    { id: COLLECTION, groups: ["G1"], data: '{"sendMail": tru}' },
    'Input "Data" is not valid JSON',
  ],
  [
    "a five-character campaign key",
    "createCampaign",
    { ...newCampaign, key: "SPRNG" },
    'Input "Key" must be 1 to 4 characters (got "SPRNG", 5 characters).',
  ],
  [
    "a five-character key on update (before the campaign is read)",
    "updateCampaign",
    { id: CAMPAIGN, key: "SPRNG" },
    'Input "Key" must be 1 to 4 characters',
  ],
  [
    "a five-character key hidden in Data",
    "updateCampaign",
    { id: CAMPAIGN, data: '{"key": "LONGK"}' },
    'Input "Data" sets "key" to "LONGK", 5 characters',
  ],
  [
    "invalid Data on a new campaign",
    "createCampaign",
    { ...newCampaign, data: "{dateStart: 2026}" },
    'Input "Data" is not valid JSON',
  ],
  [
    "Data repeating a filled-in input",
    "createCampaign",
    { ...newCampaign, data: '{"name": "Other"}' },
    'Input "Data" sets "name", which the "Name" input controls',
  ],
  [
    "Data that is a list, on a new job",
    "createJob",
    { ...newJob, data: '[{"deadline": "2026-03-20"}]' },
    'Input "Data" must be a JSON object',
  ],
  [
    "a stage status Bynder does not know",
    "updateJob",
    { id: JOB, data: '{"activeStage": {"id": "S2", "status": "Done"}}' },
    'Input "Data" has activeStage.status "Done"; it must be one of Idle, Active, Cancelled, Approved, NeedsChanges.',
  ],
  [
    "a stage that is not an object",
    "createJob",
    { ...newJob, data: '{"nextStage": "S3"}' },
    'Input "Data" has a nextStage that is not an object',
  ],
  [
    "an unknown job status filter",
    "listJobs",
    { status: ["Active", "Finished"] },
    'Input "Status" must be one of',
  ],
  [
    "a three-way Is Public given nonsense",
    "updateCollection",
    { id: COLLECTION, isPublic: "maybe" },
    'Input "Is Public"',
  ],
  [
    "no asset to remove",
    "removeAssetsFromCollection",
    { id: COLLECTION, assetIds: [] },
    'Input "Asset IDs" needs at least one value.',
  ],
  [
    "usages that are not a list",
    "syncAssetUsage",
    { integrationId: "I1", uris: ["https://a.example/p"], usages: '{"asset_id": "A1"}' },
    'Input "Usages" must be a JSON array',
  ],
  [
    "a usage without its uri",
    "syncAssetUsage",
    { integrationId: "I1", uris: ["https://a.example/p"], usages: '[{"asset_id": "A1"}]' },
    'Input "Usages" entry 1 needs both "asset_id" and "uri"',
  ],
  [
    "a usage timestamp that is not a date",
    "createAssetUsage",
    { integrationId: "I1", assetId: "A1", uri: "https://a.example/p", timestamp: "yesterday" },
    'Input "Timestamp" must be an ISO 8601 date',
  ],
];

describe("bad input on collections, campaigns, jobs and asset usage", () => {
  it.each(cases)("%s fails clearly and sends nothing", async (_kind, key, inputs, message) => {
    const portal = recordPortal();
    await expect(harness.action(key, { connection: oauthConnection(), ...inputs })).rejects.toThrow(
      message,
    );
    portal.stop();
    expect(portal.requests).toEqual([]);
  });
});
