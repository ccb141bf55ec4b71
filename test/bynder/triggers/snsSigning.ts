import { createSign, generateKeyPairSync } from "node:crypto";
import type { SnsEnvelope } from "../../../src/bynder/webhooks/sns";

/**
 * AWS's string to sign, written out here on its own (not imported from src), so a fault in the
 * trigger's copy cannot be mirrored by the signer: a Notification lists Subject only when present.
 */
function canonical(e: Record<string, unknown>): string {
  const fields =
    e.Type === "Notification"
      ? ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
      : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  return fields
    .filter((f) => e[f] !== undefined && e[f] !== null)
    .map((f) => `${f}\n${String(e[f])}\n`)
    .join("");
}

/** A throw-away RSA key made for the test run, standing in for SNS's signing certificate. */
export function snsSigner(certUrl: string) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
  let n = 0;
  function sign(
    e: Omit<SnsEnvelope, "Signature" | "SigningCertURL" | "SignatureVersion">,
    version: "1" | "2" = "1",
  ) {
    const full = { ...e, SignatureVersion: version, SigningCertURL: certUrl } as SnsEnvelope;
    const signature = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256")
      .update(canonical(full), "utf8")
      .sign(privateKey, "base64");
    return { ...full, Signature: signature };
  }
  return {
    pem,
    sign,
    notification(topicArn: string, subject: string, message: unknown, version: "1" | "2" = "1") {
      n += 1;
      return sign(
        {
          Type: "Notification",
          MessageId: `msg-${n}`,
          TopicArn: topicArn,
          Subject: subject,
          Message: JSON.stringify(message),
          Timestamp: "2026-03-10T14:02:12.000Z",
        },
        version,
      );
    },
    confirmation(topicArn: string, subscribeUrl: string) {
      n += 1;
      return sign({
        Type: "SubscriptionConfirmation",
        MessageId: `msg-${n}`,
        TopicArn: topicArn,
        Token: "token-123",
        Message: "You have chosen to subscribe to the topic.",
        SubscribeURL: subscribeUrl,
        Timestamp: "2026-03-10T14:00:00.000Z",
      });
    },
  };
}
