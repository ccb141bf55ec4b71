import type { ActionContext, Connection } from "@prismatic-io/spectral";
import { ApiError } from "../../core/http/errors";
import { clock } from "../../core/http/clock";
import { ANSWER_BUDGET_MS, readLimits } from "../../core/webhooks/answerBudget";
import { clientFor } from "../client";
import { ASSET_PATH } from "../endpoints";
import { resolveIncluded } from "../jsonApi";
import type { AssetEvent } from "./delivery";

/** What the event carries about its asset: the record, or null and why. */
export interface AssetRead {
  asset: unknown;
  assetError: { reason: string; status?: number } | null;
}

const INCLUDE = "section,tags,custom_fields";

/**
 * Reads the event's asset with its section, tags and custom fields, within what is left of the
 * answer budget (Brandfolder expects a prompt 2xx). Never throws: a failure is passed on as
 * `asset: null` with the reason, so the event itself is never lost.
 */
export async function readAsset(
  context: Pick<ActionContext, "logger" | "startedAt"> & { debug?: { enabled?: boolean } },
  connection: Connection,
  event: AssetEvent,
  o: { startedAt: number; secrets: string[] },
): Promise<AssetRead> {
  if (event.eventType === "asset.delete")
    return { asset: null, assetError: { reason: "the asset was deleted" } };
  const limits = readLimits(ANSWER_BUDGET_MS - (clock().now() - o.startedAt));
  if (!limits) return { asset: null, assetError: { reason: "no time was left to read the asset" } };
  try {
    const client = clientFor(connection, context, { ...limits, secrets: o.secrets });
    const response = await client.request({
      method: "GET",
      path: ASSET_PATH,
      pathParams: { assetId: event.assetKey },
      query: { include: INCLUDE },
    });
    const document = resolveIncluded(response.data) as { data?: unknown };
    return { asset: document?.data ?? null, assetError: null };
  } catch (error) {
    const status = error instanceof ApiError ? error.status : undefined;
    const reason = (error as Error).message;
    context.logger.warn(`Asset Events: passing the event on without its asset: ${reason}`);
    return { asset: null, assetError: { reason, ...(status ? { status } : {}) } };
  }
}
