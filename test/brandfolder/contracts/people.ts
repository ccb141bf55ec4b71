import { ORGANIZATION_ID } from "../../../src/brandfolder/examplePayloads/brandfolders";
import { BRANDFOLDER_ID } from "../../../src/brandfolder/examplePayloads/customFields";
import {
  attachmentExample,
  invitationCreatedExample,
  invitationExample,
  ATTACHMENT_ID,
  INVITATION_ID,
  USER_PERMISSION_ID,
} from "../../../src/brandfolder/examplePayloads/people";
import type { Contracts } from "./types";

const BF = BRANDFOLDER_ID;
/** An attachment's file as the CDN serves it. */
const FILE_BYTES = Buffer.from("\x89PNG\r\n\x1a\n spring logo");

/** Attachments, invitations and user permissions. */
export const peopleContracts: Contracts = {
  getAttachment: {
    inputs: { attachmentId: ATTACHMENT_ID, include: ["asset"], fields: ["metadata", "extension"] },
    requests: [
      {
        method: "GET",
        path: `/api/v4/attachments/${ATTACHMENT_ID}`,
        query: { include: "asset", fields: "metadata,extension" },
      },
    ],
  },
  updateAttachment: {
    inputs: { attachmentId: ATTACHMENT_ID, filename: "spring_logo_2025.png" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/attachments/${ATTACHMENT_ID}`,
        body: { data: { attributes: { filename: "spring_logo_2025.png" } } },
      },
    ],
  },
  deleteAttachment: {
    inputs: { attachmentId: ATTACHMENT_ID },
    requests: [
      { method: "DELETE", path: `/api/v4/attachments/${ATTACHMENT_ID}`, reply: { body: {} } },
    ],
  },
  listInvitations: {
    inputs: {
      parentKind: "brandfolders",
      parentId: BF,
      includeInviter: "true",
      includeInviteable: "true",
      includeCreatedAt: "true",
      page: "2",
      per: "50",
    },
    requests: [
      {
        method: "GET",
        path: `/api/v4/brandfolders/${BF}/invitations`,
        query: { include: "inviter,inviteable", fields: "created_at", page: "2", per: "50" },
      },
    ],
  },
  createInvitation: {
    inputs: {
      parentKind: "brandfolders",
      parentId: BF,
      email: "jane.doe@example.com",
      permissionLevel: "guest",
      personalMessage: "Welcome to Acme Marketing!",
      preventEmail: "true",
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/brandfolders/${BF}/invitations`,
        body: {
          data: {
            attributes: {
              email: "jane.doe@example.com",
              permission_level: "guest",
              personal_message: "Welcome to Acme Marketing!",
              prevent_email: true,
            },
          },
        },
        // As the OpenAPI documents it: the invitation nested under `data.attributes`.
        reply: {
          body: { data: { attributes: invitationExample }, meta: { auto_accepted: false } },
        },
      },
    ],
    expected: invitationCreatedExample,
  },
  getInvitation: {
    inputs: { invitationId: INVITATION_ID, includeInviteable: "false" },
    requests: [{ method: "GET", path: `/api/v4/invitations/${INVITATION_ID}` }],
  },
  deleteInvitation: {
    inputs: { invitationId: INVITATION_ID },
    requests: [
      { method: "DELETE", path: `/api/v4/invitations/${INVITATION_ID}`, reply: { body: {} } },
    ],
  },
  listUserPermissions: {
    inputs: { parentKind: "brandfolders", parentId: BF, page: "1", per: "3000" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/brandfolders/${BF}/user_permissions`,
        query: { page: "1", per: "3000" },
      },
    ],
  },
  getUserPermission: {
    inputs: { userPermissionId: USER_PERMISSION_ID },
    requests: [{ method: "GET", path: `/api/v4/user_permissions/${USER_PERMISSION_ID}` }],
  },
  deleteUserPermission: {
    inputs: { userPermissionId: USER_PERMISSION_ID },
    requests: [
      {
        method: "DELETE",
        path: `/api/v4/user_permissions/${USER_PERMISSION_ID}`,
        reply: { body: {} },
      },
    ],
  },
  downloadAttachment: {
    inputs: { attachmentId: ATTACHMENT_ID, maxSizeMb: "1" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/attachments/${ATTACHMENT_ID}`,
        reply: { body: { data: attachmentExample } },
      },
      // The attachment's URL as Brandfolder gave it, without the API key.
      {
        method: "GET",
        path: "/spring_logo.png",
        query: { expiry: "1625260667" },
        external: { origin: "https://cdn.example.com" },
        reply: { body: FILE_BYTES, headers: { "content-type": "image/png" } },
      },
    ],
    expected: FILE_BYTES,
  },
};

export { ORGANIZATION_ID };
