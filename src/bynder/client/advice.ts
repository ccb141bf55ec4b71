import type { AdviceRule } from "../../core/http/profile";
import { DEFAULT_SCOPES } from "../connections/scopes";
import { roleHint, scopeHint, scopeNote } from "./accessHints";

const DEFAULT_SCOPE_SET = new Set(DEFAULT_SCOPES.split(" "));

/** Which scope and role a refused call probably needs (accessHints.ts knows each route's). */
function permissionAdvice(method: string, path: string): string {
  const scope = scopeHint(method, path);
  const need = scope
    ? `the "${scope}" scope on the connection${DEFAULT_SCOPE_SET.has(scope) ? "" : " (not among the default scopes: add it to Scopes and reconnect)"}`
    : "the right scope on the connection";
  const note = scopeNote(path);
  const role = roleHint(path, method);
  const who = role
    ? `the ${role} security role for the connected user`
    : "a Bynder security role that allows it for the connected user";
  return `Permission denied: this call probably needs ${need} and ${who} (ask a Bynder admin).${note ? ` Note: ${note}.` : ""}`;
}

/**
 * What Bynder's errors mean for particular endpoints, keyed by method, path and status: the one
 * place such advice lives, so no action needs a try/catch to add it. First match wins.
 */
export const BYNDER_ADVICE: AdviceRule[] = [
  {
    status: 409,
    path: /^\/api\/workflow\/jobs\/[^/]+\/finish/i,
    advice:
      "The job is already finished, or it is not on its last stage yet: move it to its last stage with Update Job (see Get Job Stages), or re-open it in Bynder to finish it again.",
  },
  {
    status: 404,
    method: "GET",
    path: /^\/transform\//i,
    withCode: true,
    advice:
      "DAT not enabled on this portal, or unknown asset: check the asset ID, and ask Bynder to enable Dynamic Asset Transformation.",
  },
  { status: 403, advice: permissionAdvice },
];
