import { json, notFound } from "../../../core/http";
import type { Router } from "../../routing";
import type { User } from "../../state";

/**
 * wf-users-groups-v4 OpenAPI shape. The simulator gives a workflow user the same ID as its
 * asset-bank user, so responsibleID/accountableID values match the seeded users.
 */
function renderWorkflowUser(u: User): Record<string, unknown> {
  return {
    ID: u.id,
    fullname: [u.firstname, u.infix, u.lastname].filter((p) => p).join(" "),
    BynderUser: {
      firstName: u.firstname,
      lastName: u.lastname,
      infix: u.infix,
      email: u.email,
      id: u.id,
    },
  };
}

/** The route needs the USERMANAGEMENT role; any workflow read scope lets the token in. */
const SCOPES = ["workflow.job:read", "workflow.campaign:read", "workflow.group:read"];

export function registerWorkflowUsers(router: Router): void {
  router.get(
    "/api/workflow/users",
    (ctx) =>
      json(200, [...ctx.env.state.users.values()].filter((u) => u.active).map(renderWorkflowUser)),
    { scopes: SCOPES },
  );
  router.get(
    "/api/workflow/users/:id",
    (ctx) => {
      const want = ctx.params.id.toLowerCase();
      const u = [...ctx.env.state.users.values()].find((x) => x.id.toLowerCase() === want);
      if (!u) throw notFound("User not found");
      return json(200, renderWorkflowUser(u));
    },
    { scopes: SCOPES },
  );
}
