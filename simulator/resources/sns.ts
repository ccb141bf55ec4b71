import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from "node:crypto";
import { text } from "../core/http";
import type { SimEnv, SimState } from "../core/state";
import { type SimSubscription, subscriptionsOf } from "./webhooks";

/**
 * Amazon SNS as Bynder uses it: a throw-away RSA key per simulator signs every envelope
 * (SignatureVersion 1 or 2) and its public key is served as the "certificate" at /sns/cert.pem;
 * deliveries are real HTTP POSTs of text/plain JSON envelopes to each subscription's endpoint.
 */
interface SnsKeys {
  privateKey: KeyObject;
  pem: string;
  certificateReply(): ReturnType<typeof text>;
}

const keys = new WeakMap<SimState, SnsKeys>();

export function snsFor(state: SimState): SnsKeys {
  let k = keys.get(state);
  if (!k) {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = pair.publicKey.export({ type: "spki", format: "pem" }).toString();
    k = {
      privateKey: pair.privateKey,
      pem,
      certificateReply: () => text(200, pem, "application/x-pem-file"),
    };
    keys.set(state, k);
  }
  return k;
}

type Envelope = Record<string, string>;

function signed(env: SimEnv, e: Envelope, version: "1" | "2"): Envelope {
  const fields =
    e.Type === "Notification"
      ? ["Message", "MessageId", ...(e.Subject ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
      : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  const full: Envelope = {
    ...e,
    SignatureVersion: version,
    SigningCertURL: `${env.baseUrl}/sns/cert.pem`,
  };
  const canonical = fields.map((f) => `${f}\n${full[f] ?? ""}\n`).join("");
  const signature = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256")
    .update(canonical, "utf8")
    .sign(snsFor(env.state).privateKey, "base64");
  return { ...full, Signature: signature };
}

export interface Delivery {
  subscriptionId: string;
  status: number;
  body: string;
}

async function post(sub: SimSubscription, envelope: Envelope): Promise<Delivery> {
  const res = await fetch(sub.endpoint, {
    method: "POST",
    headers: {
      "content-type": "text/plain; charset=UTF-8",
      "x-amz-sns-message-type": envelope.Type,
      "x-amz-sns-message-id": envelope.MessageId,
      "x-amz-sns-topic-arn": envelope.TopicArn,
    },
    body: JSON.stringify(envelope),
  });
  return { subscriptionId: sub.id, status: res.status, body: await res.text() };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** SNS operations driven by tests (the simulated SNS never posts on its own). */
export function snsDeliveries(env: SimEnv) {
  return {
    /** POSTs a SubscriptionConfirmation for the configuration to its endpoint. */
    confirm(subscriptionId: string, version: "1" | "2" = "1"): Promise<Delivery> {
      const sub = subscriptionsOf(env.state).get(subscriptionId);
      if (!sub) throw new Error(`no webhook configuration ${subscriptionId}`);
      const query = new URLSearchParams({
        Action: "ConfirmSubscription",
        TopicArn: sub.topicArn,
        Token: sub.token,
      });
      return post(
        sub,
        signed(
          env,
          {
            Type: "SubscriptionConfirmation",
            MessageId: randomUUID(),
            Token: sub.token,
            TopicArn: sub.topicArn,
            Message: `You have chosen to subscribe to the topic ${sub.topicArn}.`,
            SubscribeURL: `${env.baseUrl}/sns/confirm?${query}`,
            Timestamp: iso(env.clock()),
          },
          version,
        ),
      );
    },
    /**
     * Publishes a Bynder event to every active, confirmed HTTPS configuration that wants it; the
     * Bynder event is the JSON text of `Message`, its name the `Subject`.
     */
    async publish(
      eventType: string,
      message: Record<string, unknown>,
      version: "1" | "2" = "1",
    ): Promise<Delivery[]> {
      const out: Delivery[] = [];
      for (const sub of subscriptionsOf(env.state).values()) {
        if (!sub.confirmed || sub.status !== 1 || !sub.events.includes(eventType)) continue;
        if (sub.protocol.toUpperCase() !== "HTTPS") continue;
        const envelope = signed(
          env,
          {
            Type: "Notification",
            MessageId: randomUUID(),
            TopicArn: sub.topicArn,
            Subject: eventType,
            Message: JSON.stringify({ timestamp: iso(env.clock()), ...message }),
            Timestamp: iso(env.clock()),
          },
          version,
        );
        out.push(await post(sub, envelope));
      }
      return out;
    },
  };
}
