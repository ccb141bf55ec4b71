import {
  choiceInput,
  flagInput,
  idInput,
  integerInput,
  optionalIdInput,
  requiredTextInput,
  textInput,
} from "../../core/inputs/factories";
import { maxItemsInput } from "../../core/inputs/fetchAll";
import { MAX_PER } from "../endpoints";
import { resolveIncluded } from "../jsonApi";
import { ORGANIZATION_ID } from "../examplePayloads/brandfolders";
import { LABEL_ID, PARENT_LABEL_ID, SECTION_ID } from "../examplePayloads/structure";

export const organizationIdInput = idInput({
  label: "Organization ID",
  comments: "The ID of the organization (List Organizations returns them).",
  dataSource: "selectOrganization",
  example: ORGANIZATION_ID,
});

/** Brandfolder's privacy levels, as its web app names them. */
const PRIVACY = [
  { label: "Private", value: "private" },
  { label: "Public", value: "public" },
  { label: "Stealth", value: "stealth" },
] as const;

export const privacyInput = choiceInput({
  label: "Privacy",
  comments:
    "Who can see the Brandfolder: private (invited users), public (anyone with the link) or stealth (hidden from search). Blank: Brandfolder's default (or unchanged on update).",
  options: PRIVACY,
});

export const brandfolderNameInput = requiredTextInput({
  label: "Name",
  comments: "The Brandfolder's name, as shown in Brandfolder.",
  example: "Acme Marketing",
});

export const optionalBrandfolderNameInput = textInput({
  label: "Name",
  comments: "A new name for the Brandfolder. Blank keeps the current name.",
  example: "Acme Marketing",
});

export const slugInput = textInput({
  label: "Slug",
  comments:
    "The Brandfolder's URL name (brandfolder.com/<slug>). Blank: Brandfolder derives it from the name (or keeps it on update).",
  example: "acme-marketing",
});

export const taglineInput = textInput({
  label: "Tagline",
  comments: "A short description shown under the name. Blank: none (or unchanged on update).",
  example: "Everything the marketing team ships",
});

export const sectionIdInput = idInput({
  label: "Section ID",
  comments: "The ID of the section (List Sections returns them).",
  dataSource: "selectSection",
  example: SECTION_ID,
});

export const sectionNameInput = requiredTextInput({
  label: "Name",
  comments: "The section's name, as shown in the Brandfolder.",
  example: "Logos",
});

/** The asset types a section can default to (the OpenAPI's enum). */
const ASSET_TYPES = ["GenericFile", "Color", "Font", "ExternalMedium", "Person", "Press", "Text"];

export const defaultAssetTypeInput = choiceInput({
  label: "Default Asset Type",
  comments:
    "What kind of asset the section holds: GenericFile for files (the usual choice), or Color, Font, ExternalMedium, Person, Press, Text.",
  options: ASSET_TYPES.map((value) => ({ label: value, value })),
  required: true,
  default: "GenericFile",
});

export const sectionPositionInput = integerInput({
  label: "Position",
  comments: "Where the section is listed in the Brandfolder (0 is first). Blank: last.",
  min: 0,
  example: "0",
});

export const labelIdInput = idInput({
  label: "Label ID",
  comments: "The ID of the label (List Labels returns them).",
  dataSource: "selectLabel",
  example: LABEL_ID,
});

export const labelNameInput = requiredTextInput({
  label: "Name",
  comments: "The label's name, as shown in the Brandfolder's label tree.",
  example: "Spring",
});

export const parentLabelIdInput = optionalIdInput({
  label: "Parent Label ID",
  comments: "The label to nest this one under. Blank: a top-level label.",
  dataSource: "selectLabel",
  example: PARENT_LABEL_ID,
});

export const newParentLabelIdInput = idInput({
  label: "Parent Label ID",
  comments:
    "The label to move this one under (a label of the same Brandfolder, not the label itself or one of its children).",
  dataSource: "selectLabel",
  example: PARENT_LABEL_ID,
});

/** Fetch All over a `meta` list: off by default, so one page stays the plain answer. */
export const fetchAllListInput = flagInput({
  label: "Fetch All",
  comments:
    "Whether to fetch every page, following meta.next_page; Page and Per Page are then ignored. The result says whether it is complete.",
});

/** Tags, sections and labels are small records (~1 KB with their attributes). */
const capFor = (noun: string, itemKb = 1) =>
  maxItemsInput({ vendor: "Brandfolder", noun, default: 10_000, max: 50_000, itemKb });
export const maxTagsInput = capFor("tags");
export const maxSectionsInput = capFor("sections");
export const maxLabelsInput = capFor("labels");
// The other lists Fetch All can walk; records with related users or values are a little larger.
export const maxOrganizationsInput = capFor("organizations");
export const maxBrandfoldersInput = capFor("Brandfolders");
export const maxCollectionsInput = capFor("collections");
export const maxInvitationsInput = capFor("invitations", 2);
export const maxUserPermissionsInput = capFor("user permissions", 2);
export const maxCustomFieldKeysInput = capFor("custom field keys", 2);
export const maxCustomFieldValuesInput = capFor("custom field values", 2);

/**
 * How Fetch All walks one of these lists: `data` pages of Brandfolder's largest size, each page's
 * `included` records resolved onto its own items (the raw `included` is not kept).
 */
export const metaListPagination = (noun: string) =>
  ({
    style: "meta",
    itemsKey: "data",
    pageSize: MAX_PER,
    limitParam: "per",
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun,
    pageData: resolveIncluded,
  }) as const;

export const includeBrandfoldersInput = flagInput({
  label: "Include Brandfolders",
  comments:
    "Return the organization's Brandfolders too, under related.brandfolders (sends include=brandfolders).",
});
