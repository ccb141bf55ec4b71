import {
  brandfolderExample,
  brandfolderGetExample,
  organizationExample,
} from "../../../src/brandfolder/examplePayloads/brandfolders";
import {
  labelExample,
  labelGetExample,
  LABEL_ID,
  labelsExample,
  PARENT_LABEL_ID,
  SECTION_ID,
  sectionGetExample,
  sectionsExample,
  tagsExample,
} from "../../../src/brandfolder/examplePayloads/structure";
import type { Contracts } from "./types";

const BF = brandfolderExample.id;
const ORG = organizationExample.id;
const meta = { current_page: 2, next_page: 3, prev_page: 1, total_pages: 3, total_count: 250 };

/** Organizations, Brandfolders, sections and labels beyond the first part's reads. */
export const structureContracts: Contracts = {
  getOrganization: {
    inputs: { organizationId: ` ${ORG} `, includeBrandfolders: "true" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/organizations/${ORG}`,
        query: { include: "brandfolders" },
        reply: {
          body: {
            data: {
              ...organizationExample,
              relationships: { brandfolders: { data: [{ type: "brandfolders", id: BF }] } },
            },
            included: [brandfolderExample],
          },
        },
      },
    ],
    // Each included Brandfolder lands under related.brandfolders.
    expected: {
      data: {
        ...organizationExample,
        relationships: { brandfolders: { data: [{ type: "brandfolders", id: BF }] } },
        related: { brandfolders: [brandfolderExample] },
      },
      included: [brandfolderExample],
    },
  },
  createBrandfolder: {
    inputs: {
      organizationId: ORG,
      name: "Acme Marketing",
      privacy: "private",
      slug: "acme-marketing",
      tagline: "Everything the marketing team ships",
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/organizations/${ORG}/brandfolders`,
        body: { data: { attributes: brandfolderExample.attributes } },
        reply: { body: brandfolderGetExample },
      },
    ],
  },
  updateBrandfolder: {
    // Blank inputs are left out of the body, so they stay as they are.
    inputs: { brandfolderId: BF, tagline: "New tagline", name: "", privacy: "" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/brandfolders/${BF}`,
        body: { data: { attributes: { tagline: "New tagline" } } },
        reply: { body: brandfolderGetExample },
      },
    ],
  },
  listBrandfolderTags: {
    inputs: { brandfolderId: BF, page: "2", per: "50" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/brandfolders/${BF}/tags`,
        query: { page: "2", per: "50" },
        reply: { body: { ...tagsExample, meta } },
      },
    ],
    expected: { ...tagsExample, meta },
  },
  listSections: {
    // Fetch All: Brandfolder's largest page, until meta says there is no next page.
    inputs: { brandfolderId: BF, fetchAll: "true", page: "4" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/brandfolders/${BF}/sections`,
        query: { page: "1", per: "3000" },
        reply: { body: sectionsExample },
      },
    ],
    // Page 4 was ignored; the result says the walk is complete.
    expected: {
      ...sectionsExample,
      total: { count: 1 },
      fetched: 1,
      complete: true,
      truncated: null,
    },
  },
  getSection: {
    inputs: { sectionId: SECTION_ID },
    requests: [
      { method: "GET", path: `/api/v4/sections/${SECTION_ID}`, reply: { body: sectionGetExample } },
    ],
  },
  createSection: {
    inputs: { brandfolderId: BF, name: "Logos", defaultAssetType: "GenericFile", position: "0" },
    requests: [
      {
        method: "POST",
        path: `/api/v4/brandfolders/${BF}/sections`,
        body: {
          data: { attributes: { name: "Logos", default_asset_type: "GenericFile", position: 0 } },
        },
        reply: { body: sectionGetExample },
      },
    ],
  },
  listLabels: {
    inputs: { brandfolderId: BF, page: "2" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/brandfolders/${BF}/labels`,
        query: { page: "2" },
        reply: { body: { ...labelsExample, meta } },
      },
    ],
    expected: { ...labelsExample, meta },
  },
  getLabel: {
    inputs: { labelId: LABEL_ID },
    requests: [
      { method: "GET", path: `/api/v4/labels/${LABEL_ID}`, reply: { body: labelGetExample } },
    ],
  },
  createLabel: {
    inputs: { brandfolderId: BF, name: "Spring", parentLabelId: PARENT_LABEL_ID },
    requests: [
      {
        method: "POST",
        path: `/api/v4/brandfolders/${BF}/labels`,
        body: { data: { attributes: { name: "Spring", parent_key: PARENT_LABEL_ID } } },
        reply: { body: labelGetExample },
      },
    ],
  },
  updateLabel: {
    inputs: { labelId: LABEL_ID, name: "Spring" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/labels/${LABEL_ID}`,
        body: { data: { attributes: { name: "Spring" } } },
        reply: { body: labelGetExample },
      },
    ],
  },
  deleteLabel: {
    inputs: { labelId: LABEL_ID },
    requests: [{ method: "DELETE", path: `/api/v4/labels/${LABEL_ID}`, reply: { body: {} } }],
  },
  moveLabel: {
    inputs: { labelId: LABEL_ID, parentLabelId: PARENT_LABEL_ID },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/labels/${LABEL_ID}/move`,
        body: { data: { attributes: { parent_key: PARENT_LABEL_ID } } },
        reply: { body: { data: labelExample } },
      },
    ],
  },
};
