import { createHarness } from "@prismatic-io/spectral/dist/testing";
import {
  type BrandfolderSimulator,
  startBrandfolderSimulator,
} from "../../../simulator/brandfolder";
import type { DeliveryAttempt } from "../../../simulator/brandfolder/webhookDelivery";
import component from "../../../src/brandfolder";
import { clock } from "../../../src/core/http/clock";
import { installFakeClock } from "../../core/http/fakeClock";
import { recordingLogger } from "../../helpers/context";
import {
  type Received,
  type Receiver,
  runTrigger,
  startReceiver,
} from "../../../scripts/lib/webhookReceiver";

/**
 * The Asset Events trigger end to end: the simulator acts as Brandfolder and delivers to a
 * loopback receiver standing in for the flow's URL, which runs the trigger through spectral's
 * harness and answers with the trigger's response. Simulator and client share one fake clock.
 */
export interface TriggerRun {
  branch?: string;
  status?: number;
  data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The query the flow's later steps see. */
  query?: unknown;
  error?: string;
}

export interface TriggerFlow {
  sim: BrandfolderSimulator;
  receiver: Receiver;
  flowUrl: string;
  instanceState: Record<string, unknown>;
  runs: TriggerRun[];
  log: string[];
  params: Record<string, unknown>;
  harness: ReturnType<typeof createHarness>;
  /** Moves the shared fake clock on. */
  advance(ms: number): Promise<void>;
  deploy(): Promise<void>;
  remove(): Promise<void>;
  /** Lets the simulator deliver what is due now. */
  deliver(): Promise<DeliveryAttempt[]>;
  /** Runs the trigger on a request as the platform would (also used for forged requests). */
  feed(r: Received): Promise<{ status: number; body: string }>;
}

export function useTriggerFlow(): () => TriggerFlow {
  let flow: TriggerFlow | undefined;
  let fake: ReturnType<typeof installFakeClock>;
  beforeAll(async () => {
    fake = installFakeClock(Date.parse("2026-03-02T09:00:00Z"));
    const sim = await startBrandfolderSimulator({
      seedAssets: 3,
      clock: () => fake.now(),
      webhooks: { readyDelayMs: 2000, retryBaseMs: 1000 },
    });
    const receiver = await startReceiver();
    const harness = createHarness(component);
    const { logger, lines } = recordingLogger();
    const instanceState: Record<string, unknown> = {};
    const context = () =>
      ({ instanceState, webhookUrls: { "Flow 1": f.flowUrl }, logger }) as never;
    const f: TriggerFlow = {
      sim,
      receiver,
      flowUrl: `${receiver.url}/trigger/flow-1?flow=assets`,
      instanceState,
      runs: [],
      log: lines,
      harness,
      params: {
        connection: {
          key: "apiKey",
          configVarKey: "c",
          fields: { apiKey: sim.apiKey, apiHost: sim.url },
        },
        events: ["asset.create", "asset.update", "asset.delete"],
      },
      advance: (ms) => clock().sleep(ms),
      async deploy() {
        const r = (await harness.triggerOnInstanceDeploy("assetEvents", f.params, context())) as {
          instanceState: Record<string, unknown>;
        };
        Object.assign(instanceState, r.instanceState);
      },
      async remove() {
        const r = (await harness.triggerOnInstanceDelete("assetEvents", f.params, context())) as {
          instanceState: Record<string, unknown>;
        };
        for (const key of Object.keys(instanceState)) delete instanceState[key];
        Object.assign(instanceState, r.instanceState);
      },
      deliver: () => sim.webhooks.deliverDue(),
      async feed(r) {
        try {
          const result = await runTrigger(
            harness,
            "assetEvents",
            r,
            receiver.url,
            f.params,
            context(),
          );
          if (result.instanceState) Object.assign(instanceState, result.instanceState);
          const { branch, status, data, query } = result;
          f.runs.push({ branch, status, data, query });
          return { status, body: result.body };
        } catch (error) {
          f.runs.push({ error: (error as Error).message });
          return { status: 500, body: (error as Error).message };
        }
      },
    };
    receiver.answer = f.feed;
    flow = f;
  });
  afterAll(async () => {
    await flow?.sim.close();
    await flow?.receiver.close();
    fake.restore();
  });
  return () => {
    if (!flow) throw new Error("the trigger flow starts in beforeAll");
    return flow;
  };
}
