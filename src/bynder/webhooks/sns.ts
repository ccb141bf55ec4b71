import { createPublicKey, createVerify } from "node:crypto";
import { z } from "zod";
import type { BynderClient } from "../client/clientFor";
import { WebhookRejection } from "../../core/webhooks/branches";

/**
 * Amazon SNS delivery: Bynder's webhooks arrive as SNS envelopes (JSON sent as text/plain). The
 * signature is checked the standard AWS way: the listed fields in a fixed order, RSA with SHA1
 * (SignatureVersion 1) or SHA256 (2), against the certificate at SigningCertURL, which must be
 * served by an SNS host.
 */
export class SnsRejection extends WebhookRejection {
  constructor(message: string) {
    super(message);
    this.name = "SnsRejection";
  }
}

const envelopeSchema = z.looseObject({
  Type: z.enum(["SubscriptionConfirmation", "Notification", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1),
  TopicArn: z.string().min(1),
  Message: z.string(),
  Timestamp: z.string(),
  SignatureVersion: z.string().optional(),
  Signature: z.string().optional(),
  SigningCertURL: z.string().optional(),
  Subject: z.string().nullish(),
  Token: z.string().optional(),
  SubscribeURL: z.string().optional(),
});
export type SnsEnvelope = z.infer<typeof envelopeSchema>;

const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/** Whether a URL may be fetched as SNS's. */
export type TrustRule = (url: URL) => boolean;
/** Production's rule: https on an Amazon SNS host. */
const amazonSnsHosts: TrustRule = (url) => url.protocol === "https:" && SNS_HOST.test(url.hostname);

/** Parses the request body into an SNS envelope, or explains why it is not one. */
export function parseEnvelope(raw: string, headerType: string | undefined): SnsEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new SnsRejection("the body is not JSON, so it is not an Amazon SNS message.");
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnsRejection(
      `the body is not an Amazon SNS message (${issue?.path.join(".") || "body"}: ${issue?.message}).`,
    );
  }
  if (headerType && headerType !== parsed.data.Type)
    throw new SnsRejection(
      `the x-amz-sns-message-type header (${headerType}) does not match the body's Type (${parsed.data.Type}).`,
    );
  return parsed.data;
}

/** The text SNS signs: named fields, each as "Name\nvalue\n", in this order. */
export function stringToSign(e: SnsEnvelope): string {
  const fields =
    e.Type === "Notification"
      ? ["Message", "MessageId", ...(e.Subject ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
      : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  return fields.map((f) => `${f}\n${String((e as Record<string, unknown>)[f] ?? "")}\n`).join("");
}

/** Checks SNS URLs against one trust rule and signatures against certificates it caches. */
export interface SnsVerifier {
  /** The URL in an envelope's field, or an SnsRejection when it is missing or not trusted. */
  trustedUrl(value: string | undefined, field: string): URL;
  /** Checks the envelope's signature; throws an SnsRejection when it is missing or wrong. */
  verify(client: BynderClient, e: SnsEnvelope): Promise<void>;
}

/**
 * A verifier with its own certificate cache (SNS signs with few certificates, so one fetch each
 * for the verifier's life). The rule is replaced only by tests, which trust the simulator.
 */
export function snsVerifier(trust: TrustRule = amazonSnsHosts): SnsVerifier {
  const certificates = new Map<string, string>();

  function trustedUrl(value: string | undefined, field: string): URL {
    let url: URL;
    try {
      url = new URL(value ?? "");
    } catch {
      throw new SnsRejection(`the SNS ${field} is missing or not a URL.`);
    }
    if (!trust(url))
      throw new SnsRejection(
        `the SNS ${field} points at ${url.host}, which is not an Amazon SNS host (sns.<region>.amazonaws.com).`,
      );
    return url;
  }

  async function certificate(client: BynderClient, url: URL): Promise<string> {
    const cached = certificates.get(url.href);
    if (cached) return cached;
    const response = await client.requestUnauthenticated<string>(url.href, {
      method: "GET",
      responseType: "text",
    });
    const pem = String(response.data);
    if (!/-----BEGIN (CERTIFICATE|PUBLIC KEY)-----/.test(pem))
      throw new SnsRejection(`the signing certificate at ${url.href} is not a PEM certificate.`);
    certificates.set(url.href, pem);
    return pem;
  }

  async function verify(client: BynderClient, e: SnsEnvelope): Promise<void> {
    const algorithm =
      e.SignatureVersion === "1"
        ? "RSA-SHA1"
        : e.SignatureVersion === "2"
          ? "RSA-SHA256"
          : undefined;
    if (!algorithm)
      throw new SnsRejection(
        `the SNS SignatureVersion "${e.SignatureVersion ?? ""}" is not 1 or 2.`,
      );
    if (!e.Signature) throw new SnsRejection("the SNS message has no Signature.");
    const url = trustedUrl(e.SigningCertURL, "SigningCertURL");
    const pem = await certificate(client, url);
    let valid = false;
    try {
      valid = createVerify(algorithm)
        .update(stringToSign(e), "utf8")
        .verify(createPublicKey(pem), e.Signature, "base64");
    } catch {
      valid = false;
    }
    if (!valid) throw new SnsRejection("the SNS signature does not match the message.");
  }

  return { trustedUrl, verify };
}
