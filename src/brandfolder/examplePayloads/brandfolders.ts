/** Organizations and Brandfolders as Brandfolder answers them (v4 OpenAPI). */
import { BRANDFOLDER_ID } from "./customFields";

export const ORGANIZATION_ID = "oqgiju-3b1ckn-8ksl3a";

const meta = (count: number) => ({
  current_page: 1,
  next_page: null,
  prev_page: null,
  total_pages: 1,
  total_count: count,
});

export const organizationExample = {
  id: ORGANIZATION_ID,
  type: "organizations",
  attributes: { name: "Acme Brands", slug: "acme-brands" },
};

export const brandfolderExample = {
  id: BRANDFOLDER_ID,
  type: "brandfolders",
  attributes: {
    name: "Acme Marketing",
    tagline: "Everything the marketing team ships",
    privacy: "private",
    slug: "acme-marketing",
  },
  relationships: { organization: { data: { type: "organizations", id: ORGANIZATION_ID } } },
};

export const organizationsExample = { data: [organizationExample], meta: meta(1) };

/** With `include=organization`, each Brandfolder's organization under `related`. */
export const brandfoldersExample = {
  data: [{ ...brandfolderExample, related: { organization: organizationExample } }],
  included: [organizationExample],
  meta: meta(1),
};

export const brandfolderGetExample = { data: brandfolderExample };
