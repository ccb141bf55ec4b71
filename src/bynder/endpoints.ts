import type { PagingVendor } from "../core/paging/pageShape";

/**
 * What Bynder's endpoints are: paths, page sizes and OAuth scopes. It sits beneath the client,
 * connections, actions, dropdowns and triggers, which import it and never each other for this.
 */

export const BYNDER_REFERENCE = "https://api.bynder.com/reference";

/** Named in paging messages; deep search (asset-v4 OpenAPI) names the next page in this header. */
export const BYNDER_PAGING: PagingVendor = {
  name: "Bynder",
  cursorHeader: "x-bynder-nextcursor",
};

/** Lists read by more than one action, dropdown or trigger. */
export const MEDIA_PATH = "/api/v4/media/";
export const COLLECTIONS_PATH = "/api/v4/collections/";
export const JOBS_PATH = "/api/workflow/jobs";
export const CAMPAIGNS_PATH = "/api/workflow/campaigns";
export const TRASH_PATH = "/api/trash/media";
export const ORDERS_PATH = "/api/store/order/";
export const TAGS_PATH = "/api/v4/tags/";
export const METAPROPERTIES_PATH = "/api/v4/metaproperties/";
export const BRANDS_PATH = "/api/v4/brands/";
export const USERS_PATH = "/api/v4/users/";
export const PROFILES_PATH = "/api/v4/profiles/";
export const WORKFLOW_USERS_PATH = "/api/workflow/users/";

/** Bynder's maximum page size for media, collections, tags and metaproperty options. */
export const MEDIA_PAGE_SIZE = 1000;
export const COLLECTION_PAGE_SIZE = 1000;
/** Job lists: Bynder documents no maximum, and 100 is its own example. */
export const JOB_PAGE_SIZE = 100;
/** The brand store's order list takes no `limit`: its page size is fixed at 10. */
export const ORDER_PAGE_SIZE = 10;
export const TRASH_PAGE_SIZE = 100;

/** The 19 scopes pre-filled on both OAuth connections, in the seed's order. */
export const DEFAULT_SCOPES =
  "asset:read asset:write collection:read collection:write current.user:read current.profile:read workflow.campaign:read workflow.campaign:write workflow.job:read workflow.job:write brandstore.order:read brandstore.order:write meta.assetbank:read meta.assetbank:write admin.profile:read admin.user:read admin.user:write workflow.preset:read offline";

export const TOKEN_PATH = "/v6/authentication/oauth2/token";
export const AUTHORIZE_PATH = "/v6/authentication/oauth2/auth";
