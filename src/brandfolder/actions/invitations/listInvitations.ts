import { invitationsExample } from "../../examplePayloads/people";
import { operationDoc, PARENT_INVITATIONS_PATH } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import {
  includeCreatedAtInput,
  includeInviteableInput,
  includeInviterInput,
  invitationParentInput,
  parentIdInput,
} from "../../inputs/people";
import { fetchAllListInput, maxInvitationsInput, metaListPagination } from "../../inputs/structure";
import { listResult } from "../assets/pageResult";
import { brandfolderAction } from "../../vendor";

export const listInvitations = brandfolderAction({
  label: "List Invitations",
  description:
    "List the open invitations to an organization, Brandfolder, collection, portal or brandguide.",
  docsUrl: operationDoc("invitations", "opIdApiV4BrandfoldersInvitationsByBrandfolderIdGet"),
  inputs: {
    parentKind: invitationParentInput,
    parentId: parentIdInput,
    includeInviter: includeInviterInput,
    includeInviteable: includeInviteableInput,
    includeCreatedAt: includeCreatedAtInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxInvitationsInput,
  },
  method: "GET",
  path: PARENT_INVITATIONS_PATH,
  query: {
    include: (p) =>
      [p.includeInviter && "inviter", p.includeInviteable && "inviteable"]
        .filter(Boolean)
        .join(",") || undefined,
    fields: (p) => (p.includeCreatedAt ? "created_at" : undefined),
    page: "page",
    per: "per",
  },
  pagination: metaListPagination("invitations"),
  result: listResult,
  examplePayload: { data: invitationsExample },
});
