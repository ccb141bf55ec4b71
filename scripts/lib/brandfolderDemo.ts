import { randomBytes } from "node:crypto";
import { brandfolderFileSteps } from "./brandfolderFilesDemo";
import type { DemoPart } from "./demoRunner";
import { check, type Ctx, type Step } from "./demoSteps";

/**
 * Brandfolder's part of `npm start`: who the key belongs to, the organization and a Brandfolder,
 * then a restricted custom field key, an asset set by key name (and a value outside the allowed
 * ones refused before any write), tags, Fetch All over the Brandfolder's assets, and a clean-up
 * that is verified, then files and events (brandfolderFilesDemo.ts). Against a real account
 * (BRANDFOLDER_API_KEY) only the reads run.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ALLOWED = ["web", "print"];
/** The Brandfolder the simulator seeds its assets into. */
const SEEDED_BRANDFOLDER = "Acme Brand";

/** Requests that change something, seen so far by the embedded simulator (0 against a real account). */
const writesSeen = ({ target }: Ctx) =>
  target.brandfolder?.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD").length ?? 0;

/** The asset's custom field values with their keys' names, every page. */
async function valuesOf({ call }: Ctx, assetId: unknown): Promise<Json[]> {
  const list = (await call("listAssetCustomFieldValues", {
    assetId,
    includeKey: "true",
    fetchAll: "true",
  })) as Json;
  return list.data as Json[];
}

export const brandfolderSteps: Step[] = [
  {
    label: "Read the signed-in user (whoami)",
    needs: ["rawRequest"],
    run: async ({ call }) => {
      const me = (await call("rawRequest", { url: "/api/v4/users/whoami" })) as Json;
      const email = me?.data?.attributes?.email;
      check(email, "whoami named no user");
      return `signed in as ${email}`;
    },
  },
  {
    label: "Read the organization and a Brandfolder",
    needs: ["listOrganizations", "listBrandfolders", "getBrandfolder", "listSections"],
    run: async ({ call, target, memo }) => {
      const orgs = (await call("listOrganizations", { fetchAll: "true" })) as Json;
      check(orgs.data.length, "no organization visible to this key");
      const brands = (await call("listBrandfolders", {
        includeOrganization: "true",
        fetchAll: "true",
      })) as Json;
      const all = brands.data as Json[];
      const pick = target.brandfolder
        ? all.find((b) => b.attributes.name === SEEDED_BRANDFOLDER)
        : all[0];
      check(pick, "no Brandfolder visible to this key");
      const got = (await call("getBrandfolder", { brandfolderId: pick.id })) as Json;
      check(got.data.id === pick.id, "Get Brandfolder answered another one");
      const sections = (await call("listSections", {
        brandfolderId: pick.id,
        fetchAll: "true",
      })) as Json;
      memo.brandfolderId = pick.id;
      memo.sectionId = sections.data[0]?.id;
      const org = pick.related?.organization?.attributes?.name ?? orgs.data[0].attributes.name;
      return `organization "${org}", Brandfolder "${got.data.attributes.name}" (${sections.data.length} sections)`;
    },
  },
  {
    label: "Create a restricted custom field key",
    needs: ["createCustomFieldKeys"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.brandfolderId, "no Brandfolder to add the key to");
      const name = `demo-channel-${randomBytes(3).toString("hex")}`;
      const made = (await call("createCustomFieldKeys", {
        brandfolderId: memo.brandfolderId,
        name,
        allowedValues: ALLOWED,
        restricted: "true",
      })) as Json;
      const key = made.data[0];
      check(key?.attributes?.name === name, "the key was not created");
      check(key.attributes.restricted === true, "the key is not restricted");
      memo.keyId = key.id;
      memo.keyName = name;
      return `key "${name}" allowing ${ALLOWED.join(", ")}`;
    },
  },
  {
    label: "Create an asset in a section",
    needs: ["createAssets", "getAsset"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.sectionId, "the Brandfolder has no section");
      // No attachment: the simulator needs none, and a real one would fetch a public URL.
      const made = (await call("createAssets", {
        parent: "brandfolders",
        parentId: memo.brandfolderId,
        sectionId: memo.sectionId,
        name: "Connector demo asset",
        description: "Created by npm start; deleted at the end.",
      })) as Json;
      memo.assetId = made.data[0]?.id;
      check(memo.assetId, "no asset id returned");
      const got = (await call("getAsset", { assetId: memo.assetId, include: "section" })) as Json;
      check(got.data.related?.section?.id === memo.sectionId, "the asset is in another section");
      return `asset ${memo.assetId} in section "${got.data.related.section.attributes.name}"`;
    },
  },
  {
    label: "Set Custom Field Value by key name",
    needs: ["setCustomFieldValue", "listAssetCustomFieldValues"],
    writes: true,
    run: async (ctx) => {
      const { call, memo } = ctx;
      check(memo.assetId && memo.keyName, "no asset or key to set");
      const set = (value: string) =>
        call("setCustomFieldValue", {
          brandfolderId: memo.brandfolderId,
          assetId: memo.assetId,
          keyName: memo.keyName,
          value,
        }) as Promise<Json>;
      const first = await set(ALLOWED[0]);
      check(first.action === "created", `first write ${first.action}, expected created`);
      const second = await set(ALLOWED[1]);
      check(second.action === "updated", `second write ${second.action}, expected updated`);
      const values = (await valuesOf(ctx, memo.assetId)).filter(
        (v) => v.attributes.key === memo.keyName,
      );
      check(values.length === 1, `the asset has ${values.length} values of the key`);
      check(values[0].attributes.value === ALLOWED[1], "the value read back differs");
      return `"${ALLOWED[0]}" created, then updated to "${ALLOWED[1]}" (one value read back)`;
    },
  },
  {
    label: "Refuse a value outside the allowed ones",
    needs: ["setCustomFieldValue", "listAssetCustomFieldValues"],
    writes: true,
    run: async (ctx) => {
      const { call, memo } = ctx;
      check(memo.assetId && memo.keyName, "no asset or key to try");
      const before = writesSeen(ctx);
      const refused = await call("setCustomFieldValue", {
        brandfolderId: memo.brandfolderId,
        assetId: memo.assetId,
        keyName: memo.keyName,
        value: "billboard",
      }).then(
        () => undefined,
        (error: Error) => error.message,
      );
      check(refused, '"billboard" was accepted');
      check(/Input "Value".*not allowed/.test(refused), `refused for another reason: ${refused}`);
      check(writesSeen(ctx) === before, "a write reached Brandfolder before the refusal");
      const values = await valuesOf(ctx, memo.assetId);
      const kept = values.find((v) => v.attributes.key === memo.keyName);
      check(kept?.attributes.value === ALLOWED[1], "the stored value changed");
      return `refused before any write: ${refused.replace(/^Input /, "")}`;
    },
  },
  {
    label: "Add Tags To Asset",
    needs: ["addTagsToAsset", "listAssetTags"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.assetId, "no asset to tag");
      const tags = ["connector-demo", "spring 2026"];
      await call("addTagsToAsset", { assetId: memo.assetId, tags });
      const listed = (await call("listAssetTags", {
        assetId: memo.assetId,
        fetchAll: "true",
      })) as Json;
      const names = (listed.data as Json[]).map((t) => t.attributes.name);
      check(
        tags.every((t) => names.includes(t)),
        `the asset has tags ${names.join(", ")}`,
      );
      return `tags ${tags.map((t) => `"${t}"`).join(", ")} on the asset`;
    },
  },
  {
    label: "List Assets with Fetch All",
    needs: ["listAssets"],
    run: async ({ call, target, memo }) => {
      check(memo.brandfolderId, "no Brandfolder to list");
      const list = (await call("listAssets", {
        parent: "brandfolders",
        parentId: memo.brandfolderId,
        fetchAll: "true",
      })) as Json;
      const ids = (list.data as Json[]).map((a) => a.id);
      check(new Set(ids).size === ids.length, "an asset came twice");
      const sim = target.brandfolder;
      if (sim) {
        const want = [...sim.state.assets.values()].filter(
          (a) => a.brandfolderId === memo.brandfolderId,
        ).length;
        check(list.complete === true, `incomplete: ${list.truncated?.reason}`);
        check(ids.length === want, `got ${ids.length} of the simulator's ${want} assets`);
        if (memo.assetId) check(ids.includes(memo.assetId), "the demo asset is not listed");
      }
      const note = list.complete ? "complete" : `incomplete: ${list.truncated?.reason}`;
      return `${ids.length} assets (${note})`;
    },
  },
  {
    label: "Clean up: delete the asset and the key",
    needs: ["deleteAsset", "deleteCustomFieldKey", "getAsset", "listCustomFieldKeys"],
    writes: true,
    run: async ({ call, target, memo }) => {
      check(memo.assetId || memo.keyId, "nothing was created to clean up");
      const done: string[] = [];
      if (memo.assetId) {
        const gone = (await call("deleteAsset", { assetId: memo.assetId })) as Json;
        check(gone.deleted === true, "Delete Asset did not confirm");
        const read = await call("getAsset", { assetId: memo.assetId }).then(
          () => "still readable",
          (error: Error) => error.message,
        );
        check(/403|404/.test(read), `the deleted asset is ${read}`);
        done.push("asset deleted (reading it now fails)");
      }
      if (memo.keyId) {
        await call("deleteCustomFieldKey", { customFieldKeyId: memo.keyId });
        const keys = (await call("listCustomFieldKeys", {
          brandfolderId: memo.brandfolderId,
          fetchAll: "true",
        })) as Json;
        const names = (keys.data as Json[]).map((k) => k.attributes.name);
        check(!names.includes(memo.keyName), "the key is still listed");
        const orphans = [...(target.brandfolder?.state.customFieldValues.values() ?? [])].filter(
          (v) => v.keyId === memo.keyId,
        );
        check(orphans.length === 0, "the key's values outlived it");
        done.push("key and its values deleted");
      }
      return done.join("; ");
    },
  },
  ...brandfolderFileSteps,
];

export const brandfolderPart: DemoPart = {
  component: "brandfolder",
  title: "Brandfolder connector demo",
  steps: brandfolderSteps,
  // More than two of Fetch All's 500-asset pages.
  seedAssets: 1200,
  readOnly: "read-only against a real Brandfolder account (BRANDFOLDER_API_KEY)",
};
