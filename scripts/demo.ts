/**
 * The offline demo: runs each BUILT component (dist/<component>/index.js, rebuilt first when a
 * source is newer, or with --build) through spectral's test harness, Bynder's part then
 * Brandfolder's (scripts/lib/brandfolderDemo.ts), each against its embedded simulator, or
 * read-only against a real account: Bynder when BYNDER_TOKEN_URL, BYNDER_CLIENT_ID and
 * BYNDER_CLIENT_SECRET are set, Brandfolder when BRANDFOLDER_API_KEY is. `--component <name>` runs
 * one part. Exits 0 only if every step that can run did what it should.
 */
import { createHash } from "node:crypto";
import { brandfolderPart } from "./lib/brandfolderDemo";
import { ScriptError, takeComponent } from "./lib/components";
import { type Counts, type DemoPart, exitCode, noCounts, runPart, summary } from "./lib/demoRunner";
import { check, collectionSteps, type Step, workflowSteps } from "./lib/demoSteps";

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

const bynder: DemoPart = {
  component: "bynder",
  title: "Bynder connector demo",
  steps,
  seedAssets: 2500,
  readOnly: "read-only against a real portal",
  opened: { label: "Obtain a token (client credentials)", detail: "token received" },
};

/** `--component <name>` runs one part; without it, Bynder's then Brandfolder's. */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const only = argv.some((a) => a.startsWith("--component"))
    ? takeComponent(argv).component
    : undefined;
  const parts = [bynder, brandfolderPart].filter((p) => !only || p.component === only);
  const total = noCounts();
  for (const [i, part] of parts.entries()) {
    if (i > 0) process.stdout.write("\n");
    const counts = await runPart(part, argv.includes("--build"));
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += counts[k];
  }
  if (parts.length > 1) process.stdout.write(`\nAll demos: ${summary(total)}\n`);
  return exitCode(total);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Demo could not run: ${(error as Error).message}\n`);
    process.exit(error instanceof ScriptError ? error.code : 1);
  },
);
