import {
  choiceInput,
  emailInput,
  flagInput,
  idInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";
import { BRANDFOLDER_ID } from "../examplePayloads/customFields";
import { ATTACHMENT_ID, INVITATION_ID, USER_PERMISSION_ID } from "../examplePayloads/people";

export const attachmentIdInput = idInput({
  label: "Attachment ID",
  comments: "The ID of the attachment (a file of an asset; Get Asset with attachments lists them).",
  example: ATTACHMENT_ID,
});

/** The related records Get Attachment may include (OpenAPI: opIdApiV4AttachmentsByIdGet). */
export const ATTACHMENT_INCLUDES = [
  "asset",
  "section",
  "brandfolder",
  "collections",
  "tags",
  "labels",
] as const;

export const attachmentIncludeInput = valueListInput({
  label: "Include",
  comments: `Related records to return with the attachment, one per row: ${ATTACHMENT_INCLUDES.join(", ")}. Each may slow the answer.`,
  items: "text",
  values: ATTACHMENT_INCLUDES,
  example: "asset",
});

export const ATTACHMENT_FIELDS = [
  "metadata",
  "thumbnail_url",
  "view_thumbnail_retina",
  "extension",
  "version_count",
  "tag_names",
  "label_names",
] as const;

export const attachmentFieldsInput = valueListInput({
  label: "Fields",
  comments: `Extra attributes to return, one per row: ${ATTACHMENT_FIELDS.join(", ")}. Each may slow the answer.`,
  items: "text",
  values: ATTACHMENT_FIELDS,
  example: "metadata",
});

export const attachmentFilenameInput = textInput({
  label: "Filename",
  comments: "A new file name, suffix included. Blank keeps the current name.",
  example: "spring_logo_2025.png",
});

export const attachmentUrlInput = textInput({
  label: "File URL",
  comments:
    "A public https URL of a new file that replaces this attachment's; it must stay reachable until Brandfolder has fetched it. Blank keeps the file.",
  example: "https://example.com/spring_logo_2025.png",
});

/** Parents that take invitations; the value is the path segment (OpenAPI: tag invitations). */
export const invitationParentInput = choiceInput({
  label: "Invite To",
  comments: "What the invitation is for; give its ID in Parent ID.",
  options: [
    { label: "Organization", value: "organizations" },
    { label: "Brandfolder", value: "brandfolders" },
    { label: "Collection", value: "collections" },
    { label: "Portal", value: "portals" },
    { label: "Brandguide", value: "brandguides" },
  ],
  required: true,
  default: "brandfolders",
  example: "brandfolders",
});

/** Parents whose user permissions can be listed (OpenAPI: tag user_permissions). */
export const permissionParentInput = choiceInput({
  label: "Permissions Of",
  comments: "Whose user permissions to list; give its ID in Parent ID.",
  options: [
    { label: "Organization", value: "organizations" },
    { label: "Brandfolder", value: "brandfolders" },
    { label: "Collection", value: "collections" },
  ],
  required: true,
  default: "brandfolders",
  example: "brandfolders",
});

export const parentIdInput = idInput({
  label: "Parent ID",
  comments:
    "The ID of the organization, Brandfolder, collection, portal or brandguide chosen above.",
  example: BRANDFOLDER_ID,
});

export const permissionParentIdInput = idInput({
  label: "Parent ID",
  comments: "The ID of the organization, Brandfolder or collection chosen above.",
  example: BRANDFOLDER_ID,
});

export const invitationIdInput = idInput({
  label: "Invitation ID",
  comments: "The ID of the invitation (List Invitations returns them).",
  example: INVITATION_ID,
});

export const userPermissionIdInput = idInput({
  label: "User Permission ID",
  comments: "The ID of one user's permission (List User Permissions returns them).",
  example: USER_PERMISSION_ID,
});

export const includeInviterInput = flagInput({
  label: "Include Inviter",
  comments: "Return the user who sent each invitation (under related.inviter).",
});

export const includeInviteableInput = flagInput({
  label: "Include Invited To",
  comments: "Return what each invitation is for (under related.inviteable).",
});

export const includeCreatedAtInput = flagInput({
  label: "Include Created At",
  comments: "Return when each invitation was created (fields=created_at; may slow the answer).",
});

export const inviteeEmailInput = emailInput({
  label: "Email",
  comments: "The invitee's email address.",
  example: "jane.doe@example.com",
  required: true,
});

export const permissionLevelInput = choiceInput({
  label: "Permission Level",
  comments: "The access to grant. Owner is only valid on an Organization.",
  options: [
    { label: "Guest", value: "guest" },
    { label: "Collaborator", value: "collaborator" },
    { label: "Admin", value: "admin" },
    { label: "Owner", value: "owner" },
  ],
  required: true,
  default: "guest",
  example: "guest",
});

export const personalMessageInput = textInput({
  label: "Personal Message",
  comments: "A message for the invitee, shown in the invitation email.",
  example: "Welcome to Acme Marketing!",
});

export const preventEmailInput = flagInput({
  label: "Do Not Email",
  comments: "On: Brandfolder sends no invitation email (share the invitation URL yourself).",
});
