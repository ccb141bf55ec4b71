import { INVITATION_ID } from "../../examplePayloads/people";
import { INVITATION_PATH, operationDoc } from "../../endpoints";
import { invitationIdInput } from "../../inputs/people";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteInvitation = brandfolderAction({
  label: "Delete Invitation",
  description: "Withdraw an invitation; its link stops working.",
  docsUrl: operationDoc("invitations", "opIdApiV4InvitationsByIdDelete"),
  inputs: { invitationId: invitationIdInput },
  method: "DELETE",
  path: INVITATION_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.invitationId),
  examplePayload: { data: { deleted: true as const, id: INVITATION_ID } },
});
