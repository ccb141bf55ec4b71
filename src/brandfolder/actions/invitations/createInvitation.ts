import { InputError } from "../../../core/inputs/clean";
import { invitationCreatedExample } from "../../examplePayloads/people";
import { operationDoc, PARENT_INVITATIONS_PATH } from "../../endpoints";
import {
  invitationParentInput,
  inviteeEmailInput,
  parentIdInput,
  permissionLevelInput,
  personalMessageInput,
  preventEmailInput,
} from "../../inputs/people";
import { brandfolderAction } from "../../vendor";

/**
 * The OpenAPI documents the new invitation nested as `data.attributes` (a whole Invitation); the
 * result is `data: <invitation>` either way, so a step maps `data.attributes.email` as on Get.
 */
export function unnestInvitation(document: unknown): unknown {
  const doc = document as { data?: { attributes?: { id?: unknown; type?: unknown } } } | null;
  const inner = doc?.data?.attributes;
  if (inner && typeof inner === "object" && inner.type === "invitations" && "id" in inner)
    return { ...doc, data: inner };
  return document;
}

export const createInvitation = brandfolderAction({
  label: "Create Invitation",
  description:
    "Invite someone by email to an organization, Brandfolder, collection, portal or brandguide, with a permission level.",
  docsUrl: operationDoc("invitations", "opIdApiV4BrandfoldersInvitationsByBrandfolderIdPost"),
  inputs: {
    parentKind: invitationParentInput,
    parentId: parentIdInput,
    email: inviteeEmailInput,
    permissionLevel: permissionLevelInput,
    personalMessage: personalMessageInput,
    preventEmail: preventEmailInput,
  },
  method: "POST",
  path: PARENT_INVITATIONS_PATH,
  validate: (p) => {
    // The reference: owner is only valid when inviting someone to an organization.
    if (p.permissionLevel === "owner" && p.parentKind !== "organizations")
      throw new InputError(
        "Permission Level",
        "is Owner, which only an Organization invitation can grant.",
      );
  },
  body: {
    data: (p) => ({
      attributes: {
        email: p.email,
        permission_level: p.permissionLevel,
        personal_message: p.personalMessage,
        prevent_email: p.preventEmail,
      },
    }),
  },
  encoding: "json",
  result: unnestInvitation,
  examplePayload: { data: invitationCreatedExample },
});
