import { BRANDFOLDERS_PATH } from "../endpoints";
import { BRANDFOLDER_ID } from "../examplePayloads/customFields";
import { optionalOrganizationInput } from "./inputs";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

const MAX_REQUESTS = 10;

/** The organization a Brandfolder belongs to, when the answer says (it does with include=organization). */
const organizationOf = (b: Resource) => b.relationships?.organization?.data?.id;

export const selectBrandfolder = picklist({
  label: "Select Brandfolder",
  description: `Pick a Brandfolder by name, optionally only those of the chosen organization (reads at most ${MAX_REQUESTS} pages of 100).`,
  inputs: { organizationId: optionalOrganizationInput },
  maxRequests: MAX_REQUESTS,
  order: "label",
  more: { noun: "Brandfolders" },
  reading: (p) =>
    p.organizationId
      ? `the Brandfolders of Organization ID "${p.organizationId}"`
      : "the Brandfolders of the connection's user",
  load: async (client, p, maxRequests) => {
    // The OpenAPI lists no GET of an organization's Brandfolders: every Brandfolder is read with
    // its organization, and those of other organizations are left out.
    const query = p.organizationId ? { include: "organization" } : undefined;
    const listed = await metaPages<Resource>(
      client,
      { path: BRANDFOLDERS_PATH, query },
      maxRequests,
    );
    if (!p.organizationId) return listed;
    return { ...listed, items: listed.items.filter((b) => organizationOf(b) === p.organizationId) };
  },
  element: (b) => ({ key: b.id, label: nameOf(b) }),
  example: [{ key: BRANDFOLDER_ID, label: "Acme Brand" }],
});
