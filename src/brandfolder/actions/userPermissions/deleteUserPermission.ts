import { USER_PERMISSION_ID } from "../../examplePayloads/people";
import { operationDoc, USER_PERMISSION_PATH } from "../../endpoints";
import { userPermissionIdInput } from "../../inputs/people";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteUserPermission = brandfolderAction({
  label: "Delete User Permission",
  description: "Remove a user's access to the organization, Brandfolder or collection it grants.",
  docsUrl: operationDoc("user_permissions", "opIdApiV4UserPermissionsByIdDelete"),
  inputs: { userPermissionId: userPermissionIdInput },
  method: "DELETE",
  path: USER_PERMISSION_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.userPermissionId),
  examplePayload: { data: { deleted: true as const, id: USER_PERMISSION_ID } },
});
