import { ORGANIZATIONS_PATH } from "../endpoints";
import { ORGANIZATION_ID } from "../examplePayloads/brandfolders";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

const MAX_REQUESTS = 5;

export const selectOrganization = picklist({
  label: "Select Organization",
  description: `Pick an organization the connection's user belongs to, by name (reads at most ${MAX_REQUESTS} pages of 100).`,
  maxRequests: MAX_REQUESTS,
  order: "label",
  more: { noun: "organizations" },
  reading: () => "the organizations of the connection's user",
  load: (client, _params, maxRequests) =>
    metaPages<Resource>(client, { path: ORGANIZATIONS_PATH }, maxRequests),
  element: (org) => ({ key: org.id, label: nameOf(org) }),
  example: [{ key: ORGANIZATION_ID, label: "Acme Inc" }],
});
