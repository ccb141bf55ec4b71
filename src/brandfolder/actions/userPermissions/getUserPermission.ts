import { userPermissionGetExample } from "../../examplePayloads/people";
import { operationDoc, USER_PERMISSION_PATH } from "../../endpoints";
import { userPermissionIdInput } from "../../inputs/people";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getUserPermission = brandfolderAction({
  label: "Get User Permission",
  description: "Get one user's permission by its ID: the level, the user and what it applies to.",
  docsUrl: operationDoc("user_permissions", "opIdApiV4UserPermissionsByIdGet"),
  inputs: { userPermissionId: userPermissionIdInput },
  method: "GET",
  path: USER_PERMISSION_PATH,
  result: resolveIncluded,
  examplePayload: { data: userPermissionGetExample },
});
