import { input } from "@prismatic-io/spectral";
import { z } from "zod";
import { jsonList } from "../../core/inputs/clean";
import { maxItemsInput } from "../../core/inputs/fetchAll";
import {
  choiceInput,
  flagInput,
  idInput,
  optionalIdInput,
  optionalBooleanInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";
import { withKind } from "../../core/inputs/kinds";
import { COLLECTION_ID, SECTION_ID, TAG_ID } from "../examplePayloads/assets";
import { BRANDFOLDER_ID } from "../examplePayloads/customFields";

/** Where assets are listed: the path segment of each parent's `/…/{id}/assets` operation. */
export const assetParentInput = choiceInput({
  label: "List Assets In",
  comments: "What the ID below is: a Brandfolder, a Section, a Collection or a Label.",
  required: true,
  default: "brandfolders",
  options: [
    { label: "Brandfolder", value: "brandfolders" },
    { label: "Section", value: "sections" },
    { label: "Collection", value: "collections" },
    { label: "Label", value: "labels" },
  ],
});

/** Where assets are created: a Brandfolder or a Collection (of that Brandfolder). */
export const createParentInput = choiceInput({
  label: "Create In",
  comments:
    "Create the assets in a Brandfolder, or in a Collection (they join its Brandfolder too).",
  required: true,
  default: "brandfolders",
  options: [
    { label: "Brandfolder", value: "brandfolders" },
    { label: "Collection", value: "collections" },
  ],
});

export const parentIdInput = idInput({
  label: "Parent ID",
  comments: "The ID of the Brandfolder, Section, Collection or Label chosen above.",
  example: BRANDFOLDER_ID,
});

export const sectionKeyInput = idInput({
  label: "Section ID",
  comments:
    "The section the new assets go in (required by Brandfolder; List Sections returns them).",
  dataSource: "selectSection",
  example: SECTION_ID,
});

export const collectionIdInput = idInput({
  label: "Collection ID",
  comments: "The ID of the collection (List Collections returns them).",
  dataSource: "selectCollection",
  example: COLLECTION_ID,
});

export const tagIdInput = idInput({
  label: "Tag ID",
  comments: "The ID of the tag (List Asset Tags returns them).",
  example: TAG_ID,
});

export const searchInput = textInput({
  label: "Search",
  comments: 'Brandfolder search text, e.g. "logo", "extension:png" or "tags:spring".',
  example: "extension:png",
});

/** Brandfolder's query-parameter guide names these (the OpenAPI file lists no sorting). */
export const sortByInput = choiceInput({
  label: "Sort By",
  comments:
    "Order the assets by this attribute (score is search relevance); set Order too. Blank: Brandfolder's position order.",
  options: [
    { label: "Name", value: "name" },
    { label: "Search Relevance", value: "score" },
    { label: "Position", value: "position" },
    { label: "Updated At", value: "updated_at" },
    { label: "Created At", value: "created_at" },
  ],
});

export const orderInput = choiceInput({
  label: "Order",
  comments: "Ascending or descending; Brandfolder takes it only together with Sort By.",
  options: [
    { label: "Ascending", value: "ASC" },
    { label: "Descending", value: "DESC" },
  ],
});

export const includeInput = textInput({
  label: "Include",
  comments:
    "Related records to return with each asset, comma-separated (e.g. section,attachments,tags); they appear under related.<name>. Not offered by Brandfolder when listing a Section.",
  example: "section,attachments",
});

export const fieldsInput = textInput({
  label: "Fields",
  comments:
    "Extra attributes to return, comma-separated (e.g. created_at,updated_at,cdn_url,extension).",
  example: "created_at,updated_at",
});

export const fetchAllInput = flagInput({
  label: "Fetch All",
  comments:
    "Read every page (up to Max Items) instead of one. Off: one page, with nextPage and hasMore to loop on.",
});

/** Measured in the simulator: ~0.2 KB an asset, ~1.4 KB with every include; ~8 KB assumed at worst. */
export const maxAssetsInput = maxItemsInput({
  vendor: "Brandfolder",
  noun: "assets",
  default: 5_000,
  max: 10_000,
  itemKb: 8,
});

export const assetNameInput = requiredTextInput({
  label: "Name",
  comments: "The asset's name.",
  example: "Acme logo",
});

export const optionalAssetNameInput = textInput({
  label: "Name",
  comments: "The asset's new name; blank keeps it.",
  example: "Acme logo",
});

export const assetDescriptionInput = textInput({
  label: "Description",
  comments: "The asset's description; blank leaves it out.",
  example: "The primary logo, full colour",
});

export const approvedInput = optionalBooleanInput({
  label: "Approved",
  comments: "Whether the asset is approved; blank leaves it as Brandfolder decides.",
  example: "true",
});

export const attachmentUrlsInput = valueListInput({
  label: "Attachment URLs",
  comments:
    "Public URLs of the files to attach, one per row: Brandfolder downloads each one itself.",
  example: "https://example.com/files/logo.png",
  items: "text",
});

export const tagNamesInput = valueListInput({
  label: "Tags",
  comments: "Tag names, one per row or a JSON list.",
  example: "logo",
  items: "text",
  required: true,
});

export const tagNameInput = requiredTextInput({
  label: "Name",
  comments: "The tag's new name.",
  example: "brand logo",
});

/** One more asset of a batch, in Brandfolder's own attribute names. */
const assetSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  approved: z.boolean().optional(),
  attachments: z
    .array(z.strictObject({ url: z.string().url(), filename: z.string().optional() }))
    .optional(),
});
export type AssetAttributes = z.infer<typeof assetSchema>;

function moreAssets(label: string, value: unknown): AssetAttributes[] | undefined {
  return jsonList(
    label,
    value,
    assetSchema,
    'assets like [{"name": "Banner", "attachments": [{"url": "https://…"}]}]',
  );
}

export const moreAssetsInput = input({
  label: "More Assets",
  type: "code",
  language: "json",
  required: false,
  comments:
    'Further assets to create in the same request, as a JSON list in Brandfolder\'s attribute names: [{"name": "Banner", "description": "…", "attachments": [{"url": "https://example.com/banner.png"}]}].',
  example: '[{"name": "Banner", "attachments": [{"url": "https://example.com/banner.png"}]}]',
  clean: withKind({ kind: "passthrough" }, (v: unknown) => moreAssets("More Assets", v)),
});

export const collectionNameInput = requiredTextInput({
  label: "Name",
  comments: "The collection's name.",
  example: "Spring campaign",
});

export const optionalCollectionNameInput = textInput({
  label: "Name",
  comments: "The collection's new name; blank keeps it.",
  example: "Spring campaign",
});

export const slugInput = textInput({
  label: "Slug",
  comments: "The collection's URL slug; blank lets Brandfolder derive it from the name.",
  example: "spring-campaign",
});

export const taglineInput = textInput({
  label: "Tagline",
  comments: "A short line shown under the collection's name.",
  example: "Everything for spring",
});

export const optionalBrandfolderIdInput = optionalIdInput({
  label: "Brandfolder ID",
  comments: "Only the collections of this Brandfolder; blank lists every collection you can see.",
  dataSource: "selectBrandfolder",
  example: BRANDFOLDER_ID,
});
