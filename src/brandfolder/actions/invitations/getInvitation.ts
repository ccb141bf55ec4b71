import { invitationGetExample } from "../../examplePayloads/people";
import { INVITATION_PATH, operationDoc } from "../../endpoints";
import {
  includeCreatedAtInput,
  includeInviteableInput,
  invitationIdInput,
} from "../../inputs/people";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getInvitation = brandfolderAction({
  label: "Get Invitation",
  description: "Get one invitation by its ID, with its email, permission level and URL.",
  docsUrl: operationDoc("invitations", "opIdApiV4InvitationsByIdGet"),
  inputs: {
    invitationId: invitationIdInput,
    includeInviteable: includeInviteableInput,
    includeCreatedAt: includeCreatedAtInput,
  },
  method: "GET",
  path: INVITATION_PATH,
  query: {
    include: (p) => (p.includeInviteable ? "inviteable" : undefined),
    fields: (p) => (p.includeCreatedAt ? "created_at" : undefined),
  },
  result: resolveIncluded,
  examplePayload: { data: invitationGetExample },
});
