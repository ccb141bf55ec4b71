import { assetExample } from "./assets";

/**
 * What Asset Events emits for a notification, with Fetch Asset on. When the read fails (gone,
 * refused, slow), `asset` is null and `assetError` says why: `{ status, code, message }`.
 */
export const assetEventExample = {
  eventType: "asset_bank.media.create",
  assetId: assetExample.id as string,
  timestamp: "2026-03-10T14:02:11Z",
  messageId: "6f1c2a3b-4d5e-5f60-9a1b-2c3d4e5f6a7b",
  raw: { media_id: assetExample.id as string, timestamp: "2026-03-10T14:02:11Z" } as Record<
    string,
    unknown
  >,
  asset: assetExample as unknown,
  assetError: null as null | { status: number | null; code: string; message: string },
};
