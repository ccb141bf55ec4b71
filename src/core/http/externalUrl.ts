import { LOOPBACK_HOSTS } from "./connectionHost";

/**
 * Pre-signed URLs get no token, but must still be https (or loopback http for local testing);
 * `allowHttp` admits plain http for a user's own file source, which never sees a secret.
 */
export function checkExternalUrl(url: string, allowHttp = false): URL {
  const parsed = new URL(url);
  const loopback = LOOPBACK_HOSTS.test(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && (loopback || allowHttp))) {
    throw new Error(
      `Refusing to call ${parsed.protocol}//${parsed.host}: only ${allowHttp ? "http and https" : "https"} URLs are allowed.`,
    );
  }
  return parsed;
}
