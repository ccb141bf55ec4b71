import type { SimClock } from "../core/clock";
import { type AssetChange, onAssetChange } from "./events";
import type { BfState } from "./state";

/**
 * Brandfolder's v1 webhook deliveries: a skinny JSON payload POSTed to each active subscription
 * of the event's Brandfolder; a non-2xx (or no answer) is retried up to 15 times with exponential
 * back-off, and a delivery that exhausts its retries deactivates its subscription. Everything runs
 * on the simulator's clock: `deliverDue()` sends what is due now, so a test with a fake clock
 * decides when Brandfolder "wakes up"; `autoDeliverMs` does that on a real timer (npm start).
 */
export interface SimWebhook {
  id: string;
  eventType: string;
  resourceType: "brandfolder";
  resourceKey: string;
  callbackUrl: string;
  /** The user whose API key made it: lists show one user's subscriptions. */
  ownerId: string;
  status: "active" | "inactive";
  createdAt: number;
}

export interface PendingDelivery {
  id: string;
  webhookId: string;
  assetId: string;
  url: string;
  /** The JSON text sent, the same on every attempt. */
  body: string;
  eventTime: number;
  dueAt: number;
  /** Attempts made so far. */
  attempts: number;
  /** Test sends are not tied to a subscription and never deactivate one. */
  test: boolean;
}

export interface DeliveryAttempt {
  deliveryId: string;
  webhookId: string;
  url: string;
  body: string;
  at: number;
  /** 1 for the first try, up to 16. */
  attempt: number;
  /** The receiver's status; 0 when it could not be reached. */
  status: number;
}

export const MAX_RETRIES = 15;

export interface HubOptions {
  /** The first retry's delay; each next one doubles, up to `maxRetryDelayMs`. */
  retryBaseMs?: number;
  maxRetryDelayMs?: number;
  /** How long after `asset.create` the asset is "ready" and `asset.update` follows. */
  readyDelayMs?: number;
  /** A real-time interval that calls deliverDue(); off when undefined (tests drive it). */
  autoDeliverMs?: number;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
const ATTEMPT_TIMEOUT_MS = 10_000;

export type WebhookHub = ReturnType<typeof createWebhookHub>;

/** The hub of the simulator that owns `state` (routes reach it through their state). */
export function hubOf(state: BfState): WebhookHub {
  const hub = state.webhookHub;
  if (!hub) throw new Error("this simulator state has no webhook hub");
  return hub;
}

/** The subscriptions and delivery queue of one simulator. */
export function createWebhookHub(state: BfState, clock: SimClock, options: HubOptions = {}) {
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 60 * 60_000;
  const subscriptions = new Map<string, SimWebhook>();
  const queue: PendingDelivery[] = [];
  const attempts: DeliveryAttempt[] = [];
  let seq = 0;

  const payload = (
    webhookId: string,
    type: string,
    change: Omit<AssetChange, "type">,
    at: number,
  ) => {
    const organization = state.brandfolders.get(change.brandfolderId)?.organizationId ?? "";
    return JSON.stringify({
      data: {
        attributes: {
          key: change.assetId,
          event_time: new Date(at).toISOString(),
          event_type: type,
          brandfolder_key: change.brandfolderId,
          organization_key: organization,
        },
        webhook_id: webhookId,
      },
    });
  };

  const enqueue = (d: Omit<PendingDelivery, "id" | "attempts">) =>
    queue.push({ ...d, id: `dlv-${++seq}`, attempts: 0 });

  /** Queues one delivery per active subscription that wants the event, at `at` (sim time). */
  function publish(type: string, change: Omit<AssetChange, "type">, at = clock()) {
    for (const sub of subscriptions.values()) {
      if (sub.status !== "active" || sub.eventType !== type) continue;
      if (sub.resourceKey !== change.brandfolderId) continue;
      const body = payload(sub.id, type, change, at);
      enqueue({
        webhookId: sub.id,
        assetId: change.assetId,
        url: sub.callbackUrl,
        body,
        eventTime: at,
        dueAt: at,
        test: false,
      });
    }
  }

  const readyDelayMs = options.readyDelayMs ?? 2000;
  const stopListening = onAssetChange(state, (change) => {
    // A deleted asset never becomes "ready": its pending ready update is dropped.
    if (change.type === "asset.delete") {
      const now = clock();
      for (let i = queue.length - 1; i >= 0; i--) {
        const d = queue[i];
        if (d.attempts === 0 && d.dueAt > now && d.assetId === change.assetId) queue.splice(i, 1);
      }
    }
    publish(change.type, change);
    // Brandfolder follows a new asset's create with an update once it is processed.
    if (change.type === "asset.create") publish("asset.update", change, clock() + readyDelayMs);
  });

  async function attempt(d: PendingDelivery): Promise<DeliveryAttempt> {
    d.attempts += 1;
    const at = clock();
    let status = 0;
    // The simulator reaches no network: anything but loopback counts as unreachable.
    if (LOOPBACK.test(new URL(d.url).hostname)) {
      try {
        const res = await fetch(d.url, {
          method: "POST",
          headers: { "content-type": "application/json", "user-agent": "Brandfolder-Webhooks" },
          body: d.body,
          signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 0;
      }
    }
    const record = {
      deliveryId: d.id,
      webhookId: d.webhookId,
      url: d.url,
      body: d.body,
      at,
      attempt: d.attempts,
      status,
    };
    attempts.push(record);
    return record;
  }

  function settle(d: PendingDelivery, result: DeliveryAttempt) {
    if (result.status >= 200 && result.status < 300) return;
    if (d.attempts <= MAX_RETRIES) {
      const delay = Math.min(retryBaseMs * 2 ** (d.attempts - 1), maxRetryDelayMs);
      queue.push({ ...d, dueAt: clock() + delay });
      return;
    }
    const sub = subscriptions.get(d.webhookId);
    if (!d.test && sub) {
      sub.status = "inactive";
      for (let i = queue.length - 1; i >= 0; i--)
        if (queue[i].webhookId === sub.id) queue.splice(i, 1);
    }
  }

  const hub = {
    subscriptions,
    attempts,
    /** Delivers each batch of due deliveries newest first (Brandfolder does not promise order). */
    outOfOrder: false,
    pending: (): readonly PendingDelivery[] => queue,
    publish,
    /** A test send: the sample payload to `url`, under a webhook id no subscription has. */
    sendTest(url: string, type: string, change: Omit<AssetChange, "type">) {
      const at = clock();
      const id = `demo-${++seq}`;
      enqueue({
        webhookId: id,
        assetId: change.assetId,
        url,
        body: payload(id, type, change, at),
        eventTime: at,
        dueAt: at,
        test: true,
      });
    },
    /** Sends every delivery due by now, one at a time; retries are queued on the clock. */
    async deliverDue(): Promise<DeliveryAttempt[]> {
      const now = clock();
      const due = queue.filter((d) => d.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
      for (const d of due) queue.splice(queue.indexOf(d), 1);
      if (hub.outOfOrder) due.reverse();
      const out: DeliveryAttempt[] = [];
      for (const d of due) {
        if (!d.test && subscriptions.get(d.webhookId)?.status !== "active") continue;
        const result = await attempt(d);
        out.push(result);
        settle(d, result);
      }
      return out;
    },
    /** When the next queued delivery is due (sim time), if any. */
    nextDueAt: (): number | undefined =>
      queue.length ? Math.min(...queue.map((d) => d.dueAt)) : undefined,
    /** Sends an already delivered payload once more, byte for byte (delivery is at least once). */
    async redeliver(deliveryId: string): Promise<DeliveryAttempt> {
      const sent = attempts.find((a) => a.deliveryId === deliveryId);
      if (!sent) throw new Error(`no delivery ${deliveryId} was attempted`);
      const copy: PendingDelivery = {
        id: deliveryId,
        webhookId: sent.webhookId,
        assetId: "",
        url: sent.url,
        body: sent.body,
        eventTime: 0,
        dueAt: 0,
        attempts: sent.attempt,
        test: true,
      };
      return attempt(copy);
    },
    stop() {
      stopListening();
      if (timer) clearInterval(timer);
    },
  };
  let busy = false;
  const timer =
    options.autoDeliverMs === undefined
      ? undefined
      : setInterval(() => {
          if (busy) return;
          busy = true;
          void hub.deliverDue().finally(() => (busy = false));
        }, options.autoDeliverMs);
  timer?.unref();
  state.webhookHub = hub;
  return hub;
}
