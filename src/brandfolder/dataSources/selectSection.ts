import { SECTIONS_PATH } from "../endpoints";
import { SECTION_ID } from "../examplePayloads/structure";
import { parentBrandfolderInput } from "./inputs";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

const MAX_REQUESTS = 5;

export const selectSection = picklist({
  label: "Select Section",
  description: `Pick a section of the chosen Brandfolder, in the Brandfolder's order (reads at most ${MAX_REQUESTS} pages of 100).`,
  inputs: { brandfolderId: parentBrandfolderInput("sections") },
  maxRequests: MAX_REQUESTS,
  order: "api",
  more: { noun: "sections" },
  reading: (p) => `the sections of Brandfolder ID "${p.brandfolderId}"`,
  load: (client, p, maxRequests) =>
    metaPages<Resource>(
      client,
      { path: SECTIONS_PATH, pathParams: { brandfolderId: p.brandfolderId } },
      maxRequests,
    ),
  element: (s) => ({ key: s.id, label: nameOf(s) }),
  example: [{ key: SECTION_ID, label: "Logos" }],
});
