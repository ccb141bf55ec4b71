/**
 * Which OAuth scope and security role each Bynder route needs: words 403 errors and fills the
 * Scopes/Role columns of docs/bynder/actions.md. The simulator keeps its own, independent table
 * (simulator/bynder/scopes.ts and the route registrations); test/bynder/simulator/scopes.test.ts
 * and test/bynder/client/accessHints.test.ts pin both to the same evidence.
 */

const isRead = (method: string) => method === "GET" || method === "HEAD";

/** Security roles a path needs beyond its scope, where the role is not the obvious one. */
const ROLE_HINTS: { path: RegExp; role: string; writesOnly?: boolean }[] = [
  { path: /^\/api\/workflow\/campaigns\/[^/]+\/jobs/i, role: "CAMPAIGNOVERVIEW" },
  { path: /^\/api\/workflow\/jobs\/[^/]+\/finish/i, role: "JOBAPPROVE" },
  { path: /^\/api\/groups\//i, role: "GROUPMANAGEMENT" },
  {
    path: /^\/api\/v4\/media\/[^/]+\/(download|\d+\/download)/i,
    role: "MEDIAHIGHRES (plus ARCHIVEDOWNLOAD, DOWNLOADWATERMARK or KEYVISUALSDOWNLOAD for archived, watermarked or limited assets)",
  },
  // metaproperty(-options)-v4 OpenAPI: every create, modify and delete "Requires the
  // METAPROPERTYMANAGEMENT or METAMANAGEMENT security role"; reads do not say so.
  {
    path: /^\/api\/v4\/metaproperties/i,
    role: "METAPROPERTYMANAGEMENT or METAMANAGEMENT",
    writesOnly: true,
  },
  // trash-v4 OpenAPI lists `trash.assets` where other files list roles (MEDIAUPLOAD,
  // PERMISSIONMANAGEMENT); it is no OAuth scope (not in Bynder's scope table).
  { path: /^\/api\/trash\//i, role: "trash.assets" },
  { path: /^\/v7\/webhooks\//i, role: '"Manage Webhooks configurations"' },
];

/** The security role a call needs beyond its scope, where it is not the obvious one (docs, 403s). */
export function roleHint(path: string, method = "GET"): string | undefined {
  return ROLE_HINTS.find((h) => h.path.test(path) && !(h.writesOnly && isRead(method)))?.role;
}

/** Scope families: GET/HEAD needs `<family>:read`, other methods `<family>:write`. */
const FAMILIES: [RegExp, string][] = [
  [/^\/api\/workflow\/campaigns/i, "workflow.campaign"],
  [/^\/api\/workflow\//i, "workflow.job"],
  [/^\/api\/store\//i, "brandstore.order"],
  [/^\/api\/v4\/collections/i, "collection"],
  [/^\/api\/v4\/metaproperties/i, "meta.assetbank"],
  [/^\/api\/v4\/users/i, "admin.user"],
  // Not among the connection's default scopes: it must be added by hand.
  [/^\/api\/media\/usage/i, "asset.usage"],
  [/^\/v7\/webhooks\//i, "webhooks.config"],
  // Tagging is asset:write in Bynder's scope table; asset:read covers the trash (same table).
  [/^\/(api\/v4\/media|api\/v4\/tags|api\/media|api\/trash|v7\/file_cmds|transform)/i, "asset"],
];

/** Routes with one fixed scope whatever the method. */
const FIXED: [RegExp, string][] = [
  // Finishing a job has a scope of its own (Bynder's scope table), not workflow.job:write.
  [/^\/api\/workflow\/jobs\/[^/]+\/finish/i, "workflow.job:approve"],
  [/^\/api\/workflow\/presets/i, "workflow.preset:read"],
  // Every step of an upload, the endpoint and poll reads included, is one MEDIAUPLOAD operation
  // (asset-upload OpenAPI); Bynder's scope table puts saving new assets under asset:write.
  [/^\/api\/(v4\/)?upload/i, "asset:write"],
  // current.profile:read also reaches the user's own profile (securityroles-v4 OpenAPI: no role
  // needed for it), but only admin.profile:read reaches every profile.
  [/^\/api\/v4\/profiles/i, "admin.profile:read"],
  [/^\/api\/v4\/currentUser/i, "current.user:read"],
];

/**
 * Which OAuth scope a call most likely needs, for 403 hints and the action reference. Account,
 * derivatives and brands need none (account-v4 and brands-v4 OpenAPI: `OAuth2: []`).
 */
export function scopeHint(method: string, path: string): string | undefined {
  const fixed = FIXED.find(([re]) => re.test(path))?.[1];
  if (fixed) return fixed;
  const family = FAMILIES.find(([re]) => re.test(path))?.[1];
  return family && `${family}:${isRead(method) ? "read" : "write"}`;
}

/** What a 403 should add about a narrower scope that is enough for part of the route. */
export function scopeNote(path: string): string | undefined {
  if (/^\/api\/v4\/profiles\/[^/]+/i.test(path))
    return '"current.profile:read" is enough to read the connected user\'s own profile';
  return undefined;
}
