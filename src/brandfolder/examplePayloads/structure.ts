/** Tags, sections and labels as Brandfolder answers them (v4 OpenAPI). */
import { organizationExample } from "./brandfolders";

const meta = (count: number) => ({
  current_page: 1,
  next_page: null,
  prev_page: null,
  total_pages: 1,
  total_count: count,
});

export const SECTION_ID = "pfl8xw-4m9b2c-1q7d3e";
export const LABEL_ID = "lb3k9q-7x2m4n-0p5r8s";
export const PARENT_LABEL_ID = "lb1a2b-3c4d5e-6f7g8h";

export const organizationGetExample = { data: organizationExample };

export const tagExample = {
  id: "tg9h8j-7k6l5m-4n3p2q",
  type: "tags",
  attributes: { name: "summer", auto_generated: false, source: null },
};
export const tagsExample = { data: [tagExample], meta: meta(1) };

export const sectionExample = {
  id: SECTION_ID,
  type: "sections",
  attributes: { name: "Logos", default_asset_type: "GenericFile", position: 0 },
};
export const sectionsExample = { data: [sectionExample], meta: meta(1) };
export const sectionGetExample = { data: sectionExample };

export const labelExample = {
  id: LABEL_ID,
  type: "labels",
  attributes: { name: "Spring", path: [LABEL_ID, PARENT_LABEL_ID], position: 0, depth: 2 },
};
export const parentLabelExample = {
  id: PARENT_LABEL_ID,
  type: "labels",
  attributes: { name: "Campaigns", path: [PARENT_LABEL_ID], position: 0, depth: 1 },
};
export const labelsExample = { data: [parentLabelExample, labelExample], meta: meta(2) };
export const labelGetExample = { data: labelExample };
export const labelDeletedExample = { deleted: true as const, id: LABEL_ID };
