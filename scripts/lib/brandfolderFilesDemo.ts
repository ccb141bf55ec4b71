import { createHash, randomBytes } from "node:crypto";
import { check, type Ctx, type Step } from "./demoSteps";
import { type Receiver, runTrigger, startReceiver } from "./webhookReceiver";

/**
 * Brandfolder's files and events in `npm start`: the Asset Events trigger deployed with a loopback
 * receiver as the flow's URL (the embedded simulator delivers to it on its own), Upload File of a
 * small file (one PUT) and of one over Resumable Above (chunks), the trigger's events for both,
 * Download Attachment and SHA-256 compared, the assets deleted and the subscriptions removed.
 * Simulator only: it writes, and a real Brandfolder needs a public HTTPS callback URL.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TRIGGER = "assetEvents";
const EVENTS = ["asset.create", "asset.update", "asset.delete"];
const MIB = 1024 * 1024;
/** The demo's Resumable Above (MiB): the large file is over it and goes in chunks. */
const THRESHOLD_MIB = 8;
/** How long the demo waits for the simulator's deliveries (they come within a second). */
const EVENTS_WITHIN_MS = 10_000;

interface DemoFile {
  label: string;
  fileName: string;
  protocol: "single" | "resumable";
  bytes: Buffer;
  sha256: string;
  assetId?: string;
}

/** One delivery the trigger handled: the branch it took and what the flow would see. */
interface Run {
  branch?: string;
  status: number;
  eventType?: string;
  assetKey?: string;
  error?: string;
}

/** The deployed trigger: its instance state, the flow's URL, and every run so far. */
interface Flow {
  receiver: Receiver;
  flowUrl: string;
  params: Record<string, unknown>;
  instanceState: Record<string, unknown>;
  runs: Run[];
  /** The attempts the demo made on purpose, sending a delivery once more. */
  redelivered: object[];
  /** What the trigger logged (the platform's execution log). */
  log: string[];
  context: () => Record<string, unknown>;
}

/** A logger that keeps the trigger's lines off the demo's output, for checks. */
function keptLogger(lines: string[]) {
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  return { metric: keep, trace: keep, debug: keep, info: keep, log: keep, warn: keep, error: keep };
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

function demoFile(label: string, size: number, fileName: string): DemoFile {
  const bytes = randomBytes(size);
  const protocol = size > THRESHOLD_MIB * MIB ? "resumable" : "single";
  return { label, fileName, protocol, bytes, sha256: sha256(bytes) };
}

/** Made on first use, so a demo that never gets this far generates nothing. */
function filesOf(memo: Ctx["memo"]): DemoFile[] {
  memo.demoFiles ??= [
    demoFile("300 KiB", 300 * 1024, "demo small – 報告.bin"),
    demoFile("9 MiB", 9 * MIB, "demo large.bin"),
  ];
  return memo.demoFiles as DemoFile[];
}

const flowOf = (memo: Ctx["memo"]) => memo.assetEventsFlow as Flow | undefined;

/** Waits on the real clock until `done()`; the simulator delivers every 25 ms. */
async function waitFor(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + EVENTS_WITHIN_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`no ${what} within ${EVENTS_WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const eventRuns = (flow: Flow, type: string, assetKey?: string) =>
  flow.runs.filter((r) => r.branch === "Event" && r.eventType === type && r.assetKey === assetKey);

/** Whether a callback URL is the flow's (the secret in its query set aside). */
function isFlows(flow: Flow, callbackUrl: string): boolean {
  const url = new URL(callbackUrl);
  return `${url.origin}${url.pathname}` === flow.flowUrl;
}

/** The flow's subscriptions that List Webhooks shows. */
async function listedFor({ call }: Ctx, flow: Flow): Promise<Json[]> {
  const list = (await call("listWebhooks")) as Json;
  return (list.data as Json[]).filter((w) => isFlows(flow, String(w.attributes.callback_url)));
}

/** Every delivery reached the flow: 2xx at the first try, none waiting or retried. */
async function noneLost({ target }: Ctx, flow: Flow): Promise<string> {
  const hub = target.brandfolder?.webhooks;
  check(hub, "no simulator to ask about deliveries");
  // The trigger's run is seen before the simulator records the answer to its attempt: wait for it.
  await waitFor(
    () => hub.attempts.filter((a) => isFlows(flow, a.url)).length >= flow.runs.length,
    "record of every delivery's answer",
  );
  const attempts = hub.attempts.filter((a) => isFlows(flow, a.url));
  const failed = attempts.filter((a) => a.status < 200 || a.status > 299);
  check(failed.length === 0, `${failed.length} deliveries were not answered 2xx`);
  const waiting = hub.pending().filter((d) => isFlows(flow, d.url)).length;
  check(waiting === 0, `${waiting} deliveries still waiting`);
  const errors = flow.runs.filter((r) => r.error || r.branch === "Rejected");
  check(errors.length === 0, `the trigger refused or failed: ${JSON.stringify(errors[0])}`);
  const firsts = attempts.filter((a) => !flow.redelivered.includes(a));
  const retried = firsts.filter((a) => a.attempt > 1).length;
  check(retried === 0, `${retried} deliveries needed a retry`);
  return `${firsts.length} deliveries, all answered 2xx at the first try`;
}

/**
 * The flow's URL on a loopback receiver, and the platform's side of it: each delivery runs the
 * trigger on the built bundle and is answered with the trigger's response.
 */
async function openFlow({ harness, target, memo }: Ctx): Promise<Flow> {
  const receiver = await startReceiver();
  const instanceState: Record<string, unknown> = {};
  const log: string[] = [];
  const logger = keptLogger(log);
  const flowUrl = `${receiver.url}/flows/asset-events`;
  const flow: Flow = {
    receiver,
    flowUrl,
    params: { connection: target.connection, brandfolderId: memo.brandfolderId, events: EVENTS },
    instanceState,
    runs: [],
    redelivered: [],
    log,
    context: () => ({ instanceState, logger, webhookUrls: { "Flow 1": flowUrl } }),
  };
  memo.assetEventsFlow = flow;
  receiver.answer = async (r) => {
    try {
      const run = await runTrigger(harness, TRIGGER, r, receiver.url, flow.params, flow.context());
      if (run.instanceState) Object.assign(instanceState, run.instanceState);
      const { eventType, assetKey } = run.data ?? {};
      flow.runs.push({ branch: run.branch, status: run.status, eventType, assetKey });
      return { status: run.status, body: run.body };
    } catch (error) {
      flow.runs.push({ status: 500, error: (error as Error).message });
      return { status: 500, body: (error as Error).message };
    }
  };
  return flow;
}

export const brandfolderFileSteps: Step[] = [
  {
    label: "Deploy the Asset Events trigger",
    needs: ["listWebhooks"],
    writes: true,
    skipNote: "the trigger also needs a public HTTPS callback URL",
    run: async (ctx) => {
      const { harness, memo } = ctx;
      check(memo.brandfolderId, "no Brandfolder to watch");
      const flow = await openFlow(ctx);
      const { instanceState, log, params } = flow;
      const deployed = await harness.triggerOnInstanceDeploy(TRIGGER, params, flow.context());
      Object.assign(instanceState, (deployed as { instanceState: object }).instanceState);
      const listed = await listedFor(ctx, flow);
      const types = listed.map((w) => String(w.attributes.event_type)).sort();
      check(
        types.join() === [...EVENTS].sort().join(),
        `subscribed to ${types.join(", ") || "nothing"}`,
      );
      const secret = String(instanceState.brandfolderCallbackSecret ?? "");
      check(secret.length >= 32, "the instance has no callback secret");
      check(!log.join("\n").includes(secret), "the callback secret reached the log");
      return `${listed.length} subscriptions (${types.join(", ")}) to ${flow.flowUrl}?secret=…`;
    },
  },
  ...[0, 1].map((i): Step => ({
    label: `Upload File: ${i === 0 ? "300 KiB in one PUT" : "9 MiB in resumable chunks"}`,
    needs: ["uploadFile"],
    writes: true,
    run: async ({ call, memo }) => {
      check(memo.brandfolderId && memo.sectionId, "no Brandfolder section to upload to");
      const file = filesOf(memo)[i];
      const result = (await call("uploadFile", {
        file: { data: file.bytes, contentType: "application/octet-stream" },
        fileName: file.fileName,
        parent: "brandfolders",
        parentId: memo.brandfolderId,
        sectionId: memo.sectionId,
        name: `Connector demo upload (${file.label})`,
        resumableThresholdMib: String(THRESHOLD_MIB),
      })) as Json;
      check(result?.assetId, "no asset id returned");
      check(result.protocol === file.protocol, `sent ${result.protocol}, not ${file.protocol}`);
      file.assetId = result.assetId;
      const chunks = result.chunks === 1 ? "1 request" : `${result.chunks} chunks`;
      return `asset ${file.assetId}: ${result.size} bytes, ${result.protocol} (${chunks}), Resumable Above ${THRESHOLD_MIB} MiB`;
    },
  })),
  {
    label: "Receive the trigger's events for both uploads",
    needs: [],
    writes: true,
    run: async (ctx) => {
      const flow = flowOf(ctx.memo);
      check(flow, "the trigger is not deployed");
      const files = filesOf(ctx.memo).filter((f) => f.assetId);
      check(files.length === 2, "not both files were uploaded");
      const each = (type: string) => files.every((f) => eventRuns(flow, type, f.assetId).length);
      await waitFor(() => each("asset.create") && each("asset.update"), "asset.update (ready)");
      for (const f of files)
        for (const type of ["asset.create", "asset.update"])
          check(eventRuns(flow, type, f.assetId).length === 1, `${type} of ${f.label} not once`);
      const delivered = await noneLost(ctx, flow);
      // Delivery is at least once: the same payload again must not run the flow twice.
      const hub = ctx.target.brandfolder!.webhooks;
      const sent = hub.attempts.find((a) => a.body.includes(String(files[0].assetId)));
      check(sent, "no delivery to send again");
      const again = await hub.redeliver(sent.deliveryId);
      flow.redelivered.push(again);
      const last = flow.runs[flow.runs.length - 1];
      check(again.status === 200 && last.branch === "Duplicate", "a redelivery ran the flow again");
      return `asset.create and asset.update (ready) of each on Event; ${delivered}; a redelivery went to Duplicate`;
    },
  },
  {
    label: "Download Attachment and compare SHA-256",
    needs: ["getAsset", "downloadAttachment"],
    writes: true,
    run: async ({ call, memo }) => {
      const files = filesOf(memo).filter((f) => f.assetId);
      check(files.length === 2, "not both files were uploaded");
      for (const file of files) {
        const asset = (await call("getAsset", {
          assetId: file.assetId,
          include: "attachments",
        })) as Json;
        const attachment = asset.data.related?.attachments?.[0];
        check(attachment?.id, `the ${file.label} asset has no attachment`);
        check(
          attachment.attributes.filename === file.fileName,
          `file name "${attachment.attributes.filename}" instead of "${file.fileName}"`,
        );
        const got = await call("downloadAttachment", { attachmentId: attachment.id });
        const bytes = Buffer.from(got as Buffer);
        check(sha256(bytes) === file.sha256, `the ${file.label} file came back with other bytes`);
      }
      return files.map((f) => `${f.label} SHA-256 ${f.sha256.slice(0, 12)}… matches`).join("; ");
    },
  },
  {
    label: "Delete both assets (asset.delete received)",
    needs: ["deleteAsset"],
    writes: true,
    run: async (ctx) => {
      const files = filesOf(ctx.memo).filter((f) => f.assetId);
      check(files.length, "no uploaded asset to delete");
      for (const file of files) {
        const gone = (await ctx.call("deleteAsset", { assetId: file.assetId })) as Json;
        check(gone.deleted === true, "Delete Asset did not confirm");
      }
      const flow = flowOf(ctx.memo);
      check(flow, "the trigger is not deployed");
      const received = () => files.every((f) => eventRuns(flow, "asset.delete", f.assetId).length);
      await waitFor(received, "asset.delete");
      return `${files.length} deleted, asset.delete of each on Event; ${await noneLost(ctx, flow)}`;
    },
  },
  {
    label: "Remove the trigger's subscriptions",
    needs: ["listWebhooks"],
    writes: true,
    run: async (ctx) => {
      const flow = flowOf(ctx.memo);
      check(flow, "the trigger is not deployed");
      const made = (flow.instanceState.brandfolderSubscriptions as unknown[] | undefined)?.length;
      try {
        await ctx.harness.triggerOnInstanceDelete(TRIGGER, flow.params, flow.context());
        const left = await listedFor(ctx, flow);
        check(left.length === 0, `${left.length} subscriptions remain`);
        // List Webhooks shows active ones only: the simulator also holds no inactive leftover.
        const sim = [...(ctx.target.brandfolder?.webhooks.subscriptions.values() ?? [])];
        const stale = sim.filter((s) => isFlows(flow, s.callbackUrl));
        check(stale.length === 0, `${stale.length} inactive subscriptions remain`);
      } finally {
        await flow.receiver.close();
      }
      return `instance delete removed ${made ?? 0}; List Webhooks shows none for the flow`;
    },
  },
];
