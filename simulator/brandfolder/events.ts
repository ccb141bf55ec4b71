import type { BfState } from "./state";

/** The asset changes Brandfolder's v1 webhooks report. */
export const ASSET_EVENT_TYPES = ["asset.create", "asset.update", "asset.delete"] as const;
export type AssetEventType = (typeof ASSET_EVENT_TYPES)[number];

export interface AssetChange {
  type: AssetEventType;
  assetId: string;
  brandfolderId: string;
}

type Listener = (change: AssetChange) => void;

/** Calls `listener` on every asset write of this state; returns a function that removes it. */
export function onAssetChange(state: BfState, listener: Listener): () => void {
  state.assetListeners = [...state.assetListeners, listener];
  return () => {
    state.assetListeners = state.assetListeners.filter((l) => l !== listener);
  };
}

/** Announces an asset write; resources call it after the change is made. */
export function assetChanged(
  state: BfState,
  type: AssetEventType,
  asset: { id: string; brandfolderId: string },
): void {
  for (const listener of state.assetListeners) {
    listener({ type, assetId: asset.id, brandfolderId: asset.brandfolderId });
  }
}
