import type { harnessFor, Target } from "./environment";

/** One demo step; `needs` lists the action keys it calls (missing ones: "not yet available"). */
export interface Step {
  label: string;
  needs: string[];
  /** Changes data: skipped against a real portal. */
  writes?: boolean;
  /** Said after the part's read-only reason when the step is skipped. */
  skipNote?: string;
  run: (ctx: Ctx) => Promise<string>;
}

export interface Ctx {
  target: Target;
  call: (key: string, params?: Record<string, unknown>) => Promise<unknown>;
  memo: Record<string, unknown>;
  /** The built component's harness, for what is not an action (a trigger's deploy and runs). */
  harness: ReturnType<typeof harnessFor>;
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

type Data = Record<string, unknown>;
const INTEGRATION = "2d7c1a9e-4b3f-4e5a-8c6d-0e1f2a3b4c5d";
const PAGE = "https://www.example.com/products/demo";

/** Two asset IDs to work with: the uploaded one when there is one, else the first listed. */
async function twoAssets({ call, memo }: Ctx): Promise<string[]> {
  const page = (await call("listAssets", { limit: "2", fetchAll: "false" })) as {
    media: { id: string }[];
  };
  const ids = [memo.uploadedId, ...page.media.map((m) => m.id)].filter(
    (id, i, all): id is string => typeof id === "string" && id !== "" && all.indexOf(id) === i,
  );
  check(ids.length >= 2, "fewer than two assets in the portal");
  return ids.slice(0, 2);
}

export const collectionSteps: Step[] = [
  {
    label: "Create a collection and add two assets",
    needs: ["listAssets", "createCollection", "addAssetsToCollection", "listCollectionAssets"],
    writes: true,
    run: async (ctx) => {
      const { call, memo } = ctx;
      const assetIds = await twoAssets(ctx);
      const created = (await call("createCollection", { name: "Connector demo" })) as Data;
      check(created.id, "no collection id returned");
      memo.collectionId = created.id;
      memo.collectionAssets = assetIds;
      await call("addAssetsToCollection", { id: created.id, assetIds });
      const listed = (await call("listCollectionAssets", {
        id: created.id,
        includeAssetDetails: "true",
      })) as { assetIds: string[]; media: { id: string }[] };
      check(listed.assetIds.length === 2, `the collection holds ${listed.assetIds.length} assets`);
      check(listed.media.length === 2, "asset details missing");
      return `collection ${created.id} with 2 assets (details read)`;
    },
  },
  {
    label: "Share the collection and read it back",
    needs: ["shareCollection", "getCollection"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.collectionId, "no collection to share");
      await call("shareCollection", {
        id: memo.collectionId,
        collectionOptions: "view",
        recipients: ["demo@example.com"],
      });
      const got = (await call("getCollection", { id: memo.collectionId })) as Data;
      check(got.name === "Connector demo", "collection name differs");
      return "shared with demo@example.com";
    },
  },
  {
    label: "Remove an asset, delete the collection",
    needs: ["removeAssetsFromCollection", "listCollectionAssets", "deleteCollection"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.collectionId, "no collection to trim");
      const [first, second] = memo.collectionAssets as string[];
      await call("removeAssetsFromCollection", { id: memo.collectionId, assetIds: [first] });
      const left = (await call("listCollectionAssets", { id: memo.collectionId })) as {
        assetIds: string[];
      };
      check(left.assetIds.length === 1 && left.assetIds[0] === second, "wrong asset removed");
      await call("deleteCollection", { id: memo.collectionId });
      return "1 asset left, collection deleted";
    },
  },
  {
    label: "Record, list, sync and delete an asset usage",
    needs: [
      "listAssets",
      "createAssetUsage",
      "listAssetUsage",
      "syncAssetUsage",
      "deleteAssetUsage",
    ],
    writes: true,
    run: async (ctx) => {
      const { call } = ctx;
      const [a, b] = await twoAssets(ctx);
      await call("createAssetUsage", { integrationId: INTEGRATION, assetId: a, uri: PAGE });
      const listed = (await call("listAssetUsage", { assetId: a })) as Data[];
      check(listed.length === 1, `${listed.length} usages listed`);
      const synced = (await call("syncAssetUsage", {
        integrationId: INTEGRATION,
        uris: [PAGE],
        usages: JSON.stringify([{ asset_id: b, uri: PAGE }]),
      })) as Record<string, unknown[]>;
      check(synced.removed.length === 1 && synced.new.length === 1, "sync did not swap the asset");
      await call("deleteAssetUsage", { integrationId: INTEGRATION, assetId: b, uri: PAGE });
      const after = (await call("listAssetUsage", { assetId: b })) as Data[];
      check(after.length === 0, "usage still listed after delete");
      return "recorded, swapped by sync, deleted";
    },
  },
];

export const workflowSteps: Step[] = [
  {
    label: "Run a campaign job from creation to finish",
    needs: [
      "listWorkflowUsers",
      "createCampaign",
      "createJob",
      "listJobsByCampaign",
      "getJobStages",
      "updateJob",
      "finishJob",
      "closeCampaign",
      "deleteCampaign",
    ],
    writes: true,
    run: async ({ call, target }) => {
      const users = (await call("listWorkflowUsers")) as { ID: string }[];
      check(users.length, "no workflow users");
      const presetId = target.simulator
        ? [...target.simulator.state.presets.values()].find((p) => p.stages.length > 1)?.ID
        : undefined;
      check(presetId, "no multi-stage job preset");
      const campaign = (await call("createCampaign", { name: "Demo campaign", key: "DEMO" })) as {
        ID: string;
      };
      const job = (await call("createJob", {
        name: "Demo job",
        campaignId: campaign.ID,
        accountableId: users[0].ID,
        presetId,
      })) as { id: string };
      const jobs = (await call("listJobsByCampaign", { id: campaign.ID })) as { id: string }[];
      check(jobs.length === 1 && jobs[0].id === job.id, "the job is not listed in its campaign");
      const stages = (await call("getJobStages", { id: job.id })) as { id: string }[];
      for (let i = 1; i < stages.length; i++) {
        await call("updateJob", {
          id: job.id,
          data: JSON.stringify({
            previousStage: { id: stages[i - 1].id, status: "Approved" },
            activeStage: { id: stages[i].id, status: "Active" },
          }),
        });
      }
      const finished = (await call("finishJob", { id: job.id })) as Data;
      check(finished.status === "Finished", "the job did not finish");
      await call("closeCampaign", { id: campaign.ID });
      await call("deleteCampaign", { id: campaign.ID });
      return `job moved through ${stages.length} stages and finished; campaign closed and deleted`;
    },
  },
];
