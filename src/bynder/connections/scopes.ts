/** The 19 scopes pre-filled on both OAuth connections, in the seed's order. */
export const DEFAULT_SCOPES =
  "asset:read asset:write collection:read collection:write current.user:read current.profile:read workflow.campaign:read workflow.campaign:write workflow.job:read workflow.job:write brandstore.order:read brandstore.order:write meta.assetbank:read meta.assetbank:write admin.profile:read admin.user:read admin.user:write workflow.preset:read offline";

export const TOKEN_PATH = "/v6/authentication/oauth2/token";
export const AUTHORIZE_PATH = "/v6/authentication/oauth2/auth";
