// Kept for the imports that still name it; the table itself is src/bynder/endpoints.ts.
export { AUTHORIZE_PATH, DEFAULT_SCOPES, TOKEN_PATH } from "../endpoints";
