import type { BynderClient } from "../client/clientFor";
import { rephrase } from "../../core/http/errors";
import { BynderApiError } from "../client/errors";

export const SAVE_NEW_PATH = "/api/v4/media/save/{importId}/";
export const SAVE_VERSION_PATH = "/api/v4/media/{assetId}/save/{importId}/";

/** Bynder's answer to a save: the asset (and batch) it created. */
export interface SaveResult {
  mediaid?: string;
  batchId?: string;
  success?: boolean;
  [key: string]: unknown;
}

export class NotProcessedYetError extends Error {
  constructor(readonly importId: string) {
    super(
      `Bynder has not finished processing import id ${importId} yet (HTTP 303 "not converted yet"): nothing was saved. Run Retrieve Poll State until it is done, then save again.`,
    );
    this.name = "NotProcessedYetError";
  }
}

/**
 * Sends a save once. Saves create assets and are not idempotent, so the client resends one only when
 * it never left; any other failure may hide a save that happened, and the error says what to check.
 */
export async function saveOnce(
  client: BynderClient,
  request: { path: string; pathParams: Record<string, string>; fields: Record<string, unknown> },
  importId: string,
): Promise<SaveResult> {
  try {
    const { data } = await client.request<SaveResult>({
      method: "POST",
      path: request.path,
      pathParams: request.pathParams,
      body: { encoding: "form", fields: request.fields },
    });
    return data;
  } catch (error) {
    if (!(error instanceof BynderApiError)) throw error;
    if (error.status === 303) throw new NotProcessedYetError(importId);
    // Only a save that provably never left is safe to repeat (the client already did).
    if (error.notSent || (error.status !== undefined && error.status < 500)) throw error;
    throw rephrase(
      error,
      // The client's generic "may have been applied" is replaced by what to check, said once.
      `${error.summary} Careful, the save may have succeeded: import id ${importId}. It was not sent again, because a repeated save makes a duplicate asset: look for the file in Bynder (newest assets first) before saving it again.`,
    );
  }
}
