import { isoDateInput } from "./assets";
import { InputError, optionalEmail } from "../../core/inputs/clean";
import {
  choiceInput,
  flagInput,
  idInput,
  jsonObjectInput,
  optionalBooleanInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";
import { bynderMaxItems } from "./fetchAll";

const COLLECTION_EXAMPLE = "9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B";

/** The seed's "Collection ID" inputs differ only in what the comment says is done with it. */
export function collectionIdInput(purpose: string) {
  return idInput({
    label: "Collection ID",
    comments: `The ID of the collection to ${purpose}. Pick one from the list or map it from an earlier step.`,
    dataSource: "selectCollection",
    example: COLLECTION_EXAMPLE,
  });
}

export const collectionNameInput = requiredTextInput({
  label: "Collection Name",
  comments: "The name of the collection to create.",
  example: "Spring launch",
});

export const collectionDescriptionInput = textInput({
  label: "Collection Description",
  comments: "The description of the collection to create.",
  example: "Approved visuals for the spring product launch.",
});

export const newCollectionNameInput = textInput({
  label: "Collection Name",
  comments: "The new name of the collection. Leave blank to keep the current name.",
  example: "Spring launch (final)",
});

export const newCollectionDescriptionInput = textInput({
  label: "Collection Description",
  comments: "The new description of the collection. Leave blank to keep the current description.",
  example: "Final approved visuals for the spring product launch.",
});

/** Three-way on purpose: an untouched toggle arrives as false and would make a public collection private. */
export const isPublicInput = optionalBooleanInput({
  label: "Is Public",
  comments:
    "Whether the collection is public (visible to everyone with access to the portal). Leave unchanged to keep its current visibility.",
});

export const collectionCountInput = flagInput({
  label: "Count",
  comments:
    "Indicating whether or not the response should include count results: Bynder's total number of collections, returned as total.count.",
});

export const collectionOptionsInput = choiceInput({
  label: "Collection Options",
  comments:
    "Recipient rights: view (the default when left blank) lets recipients see the collection, edit lets them change it. readOnly and readAccess are older names Bynder still accepts.",
  options: [
    { label: "View", value: "view" },
    { label: "Edit", value: "edit" },
    { label: "Read only (legacy)", value: "readOnly" },
    { label: "Read access (legacy)", value: "readAccess" },
  ],
  example: "view",
});

export const recipientsInput = valueListInput({
  label: "Recipients",
  comments:
    "Email addresses of recipients (one per row, or comma-separated). Mandatory if Groups and Profiles are empty.",
  example: "jane.doe@acme.com",
});

export const groupsInput = valueListInput({
  label: "Groups",
  comments:
    "IDs of the user groups to share with (one per row, or comma-separated). Mandatory if Recipients and Profiles are empty.",
  dataSource: "selectGroup",
  example: "6D4B2A19-3E5F-4C7D-9A1B2C3D4E5F6A7B",
});

export const profilesInput = valueListInput({
  label: "Profiles",
  comments:
    "IDs of the security profiles to share with (one per row, or comma-separated). Mandatory if Recipients and Groups are empty.",
  dataSource: "selectSecurityProfile",
  example: "3C1A5E7B-9D2F-4A6C-8E0B1D3F5A7C9E2B",
});

export const loginRequiredInput = optionalBooleanInput({
  label: "Login Required",
  comments:
    "Whether recipients must log in to see the collection. Leave unchanged to use Bynder's default.",
});

export const shareDateStartInput = isoDateInput(
  "Date Start",
  "When the share starts to be valid. Leave blank to start now.",
  "2026-03-01T09:00:00Z",
);

export const shareDateEndInput = isoDateInput(
  "Date End",
  "When the share stops being valid. Leave blank for no end date.",
  "2026-06-30T23:59:59Z",
);

export const sendMailInput = optionalBooleanInput({
  label: "Send Mail",
  comments:
    "Whether Bynder emails the recipients about the share. Leave unchanged to use Bynder's default.",
});

export const shareMessageInput = textInput({
  label: "Message",
  comments: "A message for the recipients, included in the email when Send Mail is on.",
  example: "Here are the approved spring visuals.",
});

export const shareDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "Extra fields to be included in the request. Must be a valid JSON object, and must not repeat a field an input above sets.",
  example: '{"loginRequired": true}',
});

export const collectionAssetIdsInput = valueListInput({
  label: "Asset IDs",
  comments:
    "The IDs of the assets (one per row, or comma-separated, or a list from an earlier step).",
  required: true,
  dataSource: "selectAsset",
  example: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
});

export const includeAssetDetailsInput = flagInput({
  label: "Include Asset Details",
  comments:
    "Return each asset with its metadata ({media: [...]}) instead of only the asset IDs. Reads the assets page by page, so it costs one request per 1000 assets.",
});

/** Recipients, groups or profiles: Bynder needs at least one, and every recipient must be an email address. */
export function checkShareTargets(p: {
  recipients?: string[];
  groups?: string[];
  profiles?: string[];
}): void {
  if (!p.recipients?.length && !p.groups?.length && !p.profiles?.length) {
    throw new InputError(
      "Recipients",
      'is empty, and so are "Groups" and "Profiles": fill in at least one of them.',
    );
  }
  for (const email of p.recipients ?? []) optionalEmail("Recipients", email);
}

/** A collection is ~1 KB in Bynder's examples; assumed ~2 KB at worst. */
export const maxCollectionsInput = bynderMaxItems({
  noun: "collections",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
