import { fail, type Headers, SimError, text } from "../core/http";
import { type Asset, type BfState, type Level, LEVELS, type SimEnv, type User } from "./state";

/** Brandfolder's errors are plain strings on (nearly) every operation. */
export const brandfolderErrorReply = (status: number, message: string) => text(status, message);

/** `Authorization: Bearer <key>`: the user the key belongs to, else a plain-text 401. */
export function authenticate(env: SimEnv, headers: Headers): User {
  const raw = headers.authorization ?? "";
  const key = /^bearer\s+(.+)$/i.exec(raw.trim())?.[1];
  const user = key ? [...env.state.users.values()].find((u) => u.apiKey === key) : undefined;
  if (!user) throw new SimError(text(401, "Invalid or missing API key"));
  return user;
}

/** The ids whose grants reach a record: itself, then its parents up to the organization. */
export function chainOf(state: BfState, kind: Kind, id: string): string[] {
  switch (kind) {
    case "organizations":
      return [id];
    case "brandfolders": {
      const bf = state.brandfolders.get(id);
      return bf ? [id, bf.organizationId] : [id];
    }
    case "collections": {
      const c = state.collections.get(id);
      return c ? [id, ...chainOf(state, "brandfolders", c.brandfolderId)] : [id];
    }
    case "assets": {
      const a = state.assets.get(id);
      return a ? assetChain(state, a) : [id];
    }
    default: {
      const bfId = brandfolderOf(state, kind, id);
      return bfId ? chainOf(state, "brandfolders", bfId) : [id];
    }
  }
}

/** An asset is reached through its Brandfolder or any collection holding it. */
function assetChain(state: BfState, a: Asset): string[] {
  return [a.id, ...chainOf(state, "brandfolders", a.brandfolderId), ...a.collectionIds];
}

export type Kind =
  | "organizations"
  | "brandfolders"
  | "sections"
  | "collections"
  | "assets"
  | "attachments"
  | "tags"
  | "labels"
  | "customFieldKeys"
  | "customFieldValues";

function brandfolderOf(state: BfState, kind: Kind, id: string): string | undefined {
  const assetBf = (assetId?: string) => (assetId ? state.assets.get(assetId)?.brandfolderId : "");
  switch (kind) {
    case "sections":
      return state.sections.get(id)?.brandfolderId;
    case "labels":
      return state.labels.get(id)?.brandfolderId;
    case "customFieldKeys":
      return state.customFieldKeys.get(id)?.brandfolderId;
    case "attachments":
      return assetBf(state.attachments.get(id)?.assetId);
    case "tags":
      return assetBf(state.tags.get(id)?.assetId);
    case "customFieldValues":
      return assetBf(state.customFieldValues.get(id)?.assetId);
    default:
      return undefined;
  }
}

/** The user's strongest level over `chain`, or undefined when no grant reaches it. */
export function levelOn(user: User, chain: string[]): Level | undefined {
  let best = -1;
  for (const id of chain) {
    const level = user.grants.get(id);
    if (level) best = Math.max(best, LEVELS.indexOf(level));
  }
  return best < 0 ? undefined : LEVELS[best];
}

export const canSee = (state: BfState, user: User, kind: Kind, id: string): boolean =>
  levelOn(user, chainOf(state, kind, id)) !== undefined;

const LABEL: Record<Kind, string> = {
  organizations: "Organization",
  brandfolders: "Brandfolder",
  sections: "Section",
  collections: "Collection",
  assets: "Asset",
  attachments: "Attachment",
  tags: "Tag",
  labels: "Label",
  customFieldKeys: "Custom field key",
  customFieldValues: "Custom field value",
};

/**
 * The record `id` of `kind` when `user` holds at least `min` on it. A deleted record answers 403
 * as Brandfolder does; an id that never existed 404; too weak a grant 403.
 */
export function reach<T>(
  state: BfState,
  user: User,
  kind: Kind,
  id: string,
  min: Level = "guest",
): T {
  const what = LABEL[kind];
  if (state.deleted.has(id)) {
    throw fail(403, `${what} ${id} was deleted or you do not have access to it`);
  }
  const record = (state[kind] as Map<string, T>).get(id);
  if (record === undefined) throw fail(404, `${what} ${id} not found`);
  const level = levelOn(user, chainOf(state, kind, id));
  if (level === undefined) throw fail(403, `You do not have access to ${what} ${id}`);
  if (LEVELS.indexOf(level) < LEVELS.indexOf(min)) {
    throw fail(403, `${what} ${id} needs ${min} permission or more; you are ${level}`);
  }
  return record;
}
