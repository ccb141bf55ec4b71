import { createHash } from "node:crypto";
import { bytes, fail } from "../core/http";
import { createRng, rngBytes } from "../core/ids";
import type { Router } from "./routing";
import type { Attachment, BfState } from "./state";

/** Where an attachment's file is served: the simulator's stand-in for Brandfolder's CDN. */
export const cdnPath = (attachment: Attachment) =>
  `/cdn/attachments/${attachment.id}/${encodeURIComponent(attachment.filename)}`;

/** A repeating block keeps generation fast for large files while every attachment differs. */
const BLOCK = 4096;

/**
 * The bytes of an attachment's file: deterministic, `attachment.size` long. The one place the CDN
 * reads file contents from, so stored uploads can be served here later.
 */
export function attachmentBytes(_state: BfState, attachment: Attachment): Buffer {
  const seed = createHash("sha256").update(attachment.id).digest().readUInt32BE(0);
  const block = rngBytes(createRng(seed), Math.min(BLOCK, attachment.size));
  return attachment.size <= BLOCK ? block : Buffer.alloc(attachment.size, block);
}

/** Every API key the simulator knows: none may reach the CDN. */
function carriesKey(state: BfState, values: string[]): boolean {
  const keys = [...state.users.values()].map((u) => u.apiKey);
  return values.some((v) => keys.some((k) => v.includes(k)));
}

/**
 * The CDN: public (no API key), and a leak canary: a request carrying any Authorization header or
 * any user's API key (header, query or path) is refused with 403, as a signed URL would be.
 */
export function registerCdn(routes: Router): void {
  routes.get(
    "/cdn/attachments/:id/:filename",
    (ctx) => {
      const s = ctx.env.state;
      const query = Object.values(ctx.query).flat();
      if (
        ctx.headers.authorization !== undefined ||
        carriesKey(s, [...Object.values(ctx.headers), ...query, ctx.path])
      )
        throw fail(403, "The CDN refuses requests carrying credentials (API key leak)");
      const attachment = s.attachments.get(ctx.params.id);
      if (!attachment || s.deleted.has(ctx.params.id)) throw fail(404, "Not Found");
      return bytes(200, attachmentBytes(s, attachment), attachment.mimetype, {
        "cache-control": "private, max-age=3600",
      });
    },
    { public: true },
  );
}
