import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from "node:crypto";
import { text } from "../../core/http";
import type { SimEnv, SimState, SimSubscription } from "../state";
import { subscriptionsOf } from "./webhooks";

/**
 * Amazon SNS as Bynder uses it: a throw-away RSA key per simulator signs every envelope
 * (SignatureVersion 1 or 2) and its public key is served as the "certificate" at /sns/cert.pem;
 * deliveries are real HTTP POSTs of text/plain JSON envelopes to each subscription's endpoint.
 */
export interface SnsKeys {
  privateKey: KeyObject;
  pem: string;
  certificateReply(): ReturnType<typeof text>;
}

/** The simulator's SNS signing key, made on first use (RSA generation takes a moment). */
export function snsFor(state: SimState): SnsKeys {
  let k = state.sns.keys;
  if (!k) {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = pair.publicKey.export({ type: "spki", format: "pem" }).toString();
    k = {
      privateKey: pair.privateKey,
      pem,
      certificateReply: () => text(200, pem, "application/x-pem-file"),
    };
    state.sns.keys = k;
  }
  return k;
}

export type Envelope = Record<string, string>;

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
  /** The envelope's MessageId: SNS keeps it when it delivers the same message again. */
  messageId: string;
}

/** Sent envelopes kept by MessageId, so a test can have SNS deliver one again (at-least-once). */
const SENT_KEPT = 100;

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
  return {
    subscriptionId: sub.id,
    status: res.status,
    body: await res.text(),
    messageId: envelope.MessageId,
  };
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
     * Bynder event is the JSON text of `Message`, its name the `Subject`. With `subject: false`
     * the envelope has no Subject (SNS omits an empty one) and the name travels in the message.
     */
    async publish(
      eventType: string,
      message: Record<string, unknown>,
      version: "1" | "2" = "1",
      options: { subject?: boolean } = {},
    ): Promise<Delivery[]> {
      const out: Delivery[] = [];
      for (const sub of subscriptionsOf(env.state).values()) {
        if (!sub.confirmed || sub.status !== 1 || !sub.events.includes(eventType)) continue;
        if (sub.protocol.toUpperCase() !== "HTTPS") continue;
        const named = options.subject !== false;
        const envelope = signed(
          env,
          {
            Type: "Notification",
            MessageId: randomUUID(),
            TopicArn: sub.topicArn,
            ...(named ? { Subject: eventType } : {}),
            Message: JSON.stringify({
              timestamp: iso(env.clock()),
              ...(named ? {} : { eventType }),
              ...message,
            }),
            Timestamp: iso(env.clock()),
          },
          version,
        );
        const sent = env.state.sns.sent;
        sent.set(envelope.MessageId, { sub, envelope });
        if (sent.size > SENT_KEPT) sent.delete(sent.keys().next().value as string);
        out.push(await post(sub, envelope));
      }
      return out;
    },
    /** Delivers an already published message again, byte for byte (SNS delivers at least once). */
    redeliver(messageId: string): Promise<Delivery> {
      const sent = env.state.sns.sent.get(messageId);
      if (!sent) throw new Error(`no published SNS message ${messageId}`);
      return post(sent.sub, sent.envelope);
    },
  };
}
