/** Assets, tags and collections as Brandfolder answers them (v4 OpenAPI). */
import { ASSET_ID, BRANDFOLDER_ID } from "./customFields";

export const SECTION_ID = "oqgiju-5p0dcs-7s3c7n";
export const COLLECTION_ID = "oqgiju-8k2mqz-c0l1ec";
export const TAG_ID = "oqgiju-9t4gzz-t4g001";

const meta = (count: number) => ({
  current_page: 1,
  next_page: null,
  prev_page: null,
  total_pages: 1,
  total_count: count,
});

export const sectionExample = {
  id: SECTION_ID,
  type: "sections",
  attributes: { name: "Logos", default_asset_type: "GenericFile", position: 0 },
};

export const assetExample = {
  id: ASSET_ID,
  type: "generic_files",
  attributes: {
    name: "Acme logo",
    description: "The primary logo, full colour",
    thumbnail_url: "https://thumbs.bfldr.com/at/oqgkkd-fr5iv4-443db?expiry=1767225600",
    approved: true,
  },
  relationships: { section: { data: { type: "sections", id: SECTION_ID } } },
};

/** A single page: Brandfolder's document with `section` resolved, and where the next page is. */
export const assetsExample = {
  data: [{ ...assetExample, related: { section: sectionExample } }],
  included: [sectionExample],
  meta: meta(1),
  nextPage: null,
  hasMore: false,
};

export const assetGetExample = { data: assetExample };
const { relationships: _section, ...createdAsset } = assetExample;
export const assetsCreatedExample = { data: [createdAsset], meta: meta(1) };

export const tagExample = {
  id: TAG_ID,
  type: "tags",
  attributes: { name: "logo", auto_generated: false },
};
export const tagsExample = { data: [tagExample], meta: meta(1) };
export const tagGetExample = { data: tagExample };

export const collectionExample = {
  id: COLLECTION_ID,
  type: "collections",
  attributes: {
    name: "Spring campaign",
    slug: "spring-campaign",
    tagline: "Everything for spring",
  },
  relationships: { brandfolder: { data: { type: "brandfolders", id: BRANDFOLDER_ID } } },
};
export const collectionsExample = { data: [collectionExample], meta: meta(1) };
export const collectionGetExample = { data: collectionExample };
