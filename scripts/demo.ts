/**
 * The offline demo: runs the BUILT component (dist/bynder/index.js, rebuilt first when a source is
 * newer, or with --build) through spectral's test harness
 * against the bundled Bynder simulator, or read-only against a real portal when
 * BYNDER_TOKEN_URL, BYNDER_CLIENT_ID and BYNDER_CLIENT_SECRET are set. Exits 0 only if every
 * step that can run did what it should.
 */
import { createHash } from "node:crypto";
import { check, collectionSteps, type Ctx, type Step, workflowSteps } from "./lib/demoSteps";
import { ensureBuilt } from "./lib/components";
import { harnessFor, loadBuiltComponent, openTarget } from "./lib/environment";
import { line, type Outcome, withProgress } from "./lib/report";

const generatedFile = Buffer.from(
  `Bynder connector demo file\n${"0123456789abcdef".repeat(4096)}\n`,
);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

const steps: Step[] = [
  {
    label: "Read the account",
    needs: ["getAccountInformation"],
    run: async ({ call }) => {
      const account = (await call("getAccountInformation")) as { name?: string };
      check(account?.name, "the account has no name");
      return `portal "${account.name}"`;
    },
  },
  {
    label: "Read the current user",
    needs: ["getCurrentUser"],
    run: async ({ call }) => {
      const user = (await call("getCurrentUser")) as { email?: string; username?: string };
      return `signed in as ${user.email ?? user.username ?? "(unknown)"}`;
    },
  },
  {
    label: "List assets with Fetch All",
    needs: ["listAssets"],
    run: async ({ call, target, memo }) => {
      const data = (await call("listAssets", { fetchAll: "true" })) as {
        media: { id: string }[];
        total: { count: number };
      };
      check(Array.isArray(data.media), "no media array");
      if (target.simulator)
        check(
          data.media.length === target.simulator.state.assets.size,
          `got ${data.media.length} of ${target.simulator.state.assets.size} assets`,
        );
      memo.firstAssetId = data.media[0]?.id;
      return `${data.media.length} assets`;
    },
  },
  {
    label: "Search assets by type",
    needs: ["searchAssets"],
    run: async ({ call }) => {
      const data = (await call("searchAssets", {
        type: "image",
        limit: "5",
        fetchAll: "false",
      })) as { media: { type: string }[] };
      check(
        data.media.every((a) => a.type === "image"),
        "a non-image came back",
      );
      return `${data.media.length} images on the first page`;
    },
  },
  {
    label: "List brands and metaproperties",
    needs: ["listBrands", "listMetaproperties"],
    run: async ({ call, memo }) => {
      const brands = (await call("listBrands")) as { id: string }[];
      memo.brandId = brands[0]?.id;
      const metaproperties = (await call("listMetaproperties")) as Record<string, unknown>;
      return `${brands.length} brands, ${Object.keys(metaproperties).length} metaproperties`;
    },
  },
  {
    label: "Tag an asset, then remove the tag",
    needs: ["listTags", "addTagToAssets", "removeTagFromAssets", "getAsset"],
    writes: true,
    run: async ({ call, memo }) => {
      const assetId = String(memo.firstAssetId ?? "");
      check(assetId, "no asset to tag");
      const tags = (await call("listTags", { fetchAll: "true" })) as { id: string; tag: string }[];
      check(tags.length, "no tags");
      await call("addTagToAssets", { id: tags[0].id, assetIds: [assetId] });
      const tagged = (await call("getAsset", { id: assetId })) as { tags: string[] };
      check(tagged.tags.includes(tags[0].tag), "tag not on the asset");
      await call("removeTagFromAssets", { id: tags[0].id, assetIds: [assetId] });
      const untagged = (await call("getAsset", { id: assetId })) as { tags: string[] };
      check(!untagged.tags.includes(tags[0].tag), "tag still on the asset");
      return `tag "${tags[0].tag}" added and removed`;
    },
  },
  {
    label: "Upload a generated file and save it as an asset",
    needs: ["uploadFile"],
    writes: true,
    run: async ({ call, memo }) => {
      const result = (await call("uploadFile", {
        file: { data: generatedFile, contentType: "text/plain" },
        fileName: "demo – 報告.txt",
        assetName: "Connector demo",
        brandId: memo.brandId,
        pollInterval: "2",
      })) as { mediaid?: string; asset?: { id?: string } };
      memo.uploadedId = result.mediaid ?? result.asset?.id;
      check(memo.uploadedId, "no asset id returned");
      return `asset ${memo.uploadedId}`;
    },
  },
  {
    label: "Download the asset and check the bytes",
    needs: ["downloadAsset"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.uploadedId, "no uploaded asset to download");
      const bytes = (await call("downloadAsset", { assetId: memo.uploadedId })) as Buffer;
      check(
        sha(Buffer.from(bytes)) === sha(generatedFile),
        "downloaded bytes differ from the upload",
      );
      return `${bytes.length} bytes, SHA-256 matches`;
    },
  },
  {
    label: "Upload through the files service (v7) and read it back",
    needs: ["uploadFile", "downloadAsset"],
    writes: true,
    run: async ({ call, memo }) => {
      const result = (await call("uploadFile", {
        file: { data: generatedFile, contentType: "text/plain" },
        fileName: "demo v7.txt",
        brandId: memo.brandId,
        uploadMethod: "v7",
      })) as { mediaid?: string; sha256?: string };
      check(result.mediaid, "no asset id returned");
      check(result.sha256 === sha(generatedFile), "the v7 upload hashed other bytes");
      const bytes = (await call("downloadAsset", { assetId: result.mediaid })) as Buffer;
      check(sha(Buffer.from(bytes)) === sha(generatedFile), "downloaded bytes differ");
      return `asset ${result.mediaid}, SHA-256 matches`;
    },
  },
  ...collectionSteps,
  ...workflowSteps,
];

async function main(): Promise<number> {
  ensureBuilt("bynder", process.argv.includes("--build"));
  const component = loadBuiltComponent("bynder");
  const harness = harnessFor(component);
  const target = await withProgress("Starting", () => openTarget({ seedAssets: 2500 }));
  const counts: Record<Outcome, number> = { passed: 0, failed: 0, unavailable: 0, skipped: 0 };
  process.stdout.write(
    `Bynder connector demo: built component "${component.key}" against ${target.kind === "simulator" ? `the simulator at ${target.origin}` : `${target.origin} (read-only)`}\n\n`,
  );
  line("passed", "Obtain a token (client credentials)", "token received");
  counts.passed++;
  const ctx: Ctx = {
    target,
    memo: {},
    call: async (key, params = {}) => {
      const result = (await harness.action(key, { connection: target.connection, ...params })) as
        { data?: unknown } | undefined;
      return result?.data;
    },
  };
  try {
    for (const step of steps) {
      const missing = step.needs.filter((k) => !component.actions[k]);
      if (missing.length) {
        line("unavailable", step.label, `not yet available (needs ${missing.join(", ")})`);
        counts.unavailable++;
        continue;
      }
      if (step.writes && target.kind === "portal") {
        line("skipped", step.label, "skipped: read-only against a real portal");
        counts.skipped++;
        continue;
      }
      const started = Date.now();
      try {
        const detail = await withProgress(step.label, () => step.run(ctx));
        line("passed", step.label, `${detail} (${Date.now() - started} ms)`);
        counts.passed++;
      } catch (error) {
        line("failed", step.label, (error as Error).message);
        counts.failed++;
      }
    }
  } finally {
    await target.close();
  }
  process.stdout.write(
    `\n${counts.passed} passed, ${counts.failed} failed, ${counts.unavailable} not yet available, ${counts.skipped} skipped\n`,
  );
  return counts.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Demo could not run: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
