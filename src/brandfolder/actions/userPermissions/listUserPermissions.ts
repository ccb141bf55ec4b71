import { userPermissionsExample } from "../../examplePayloads/people";
import { operationDoc, PARENT_USER_PERMISSIONS_PATH } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { permissionParentIdInput, permissionParentInput } from "../../inputs/people";
import {
  fetchAllListInput,
  maxUserPermissionsInput,
  metaListPagination,
} from "../../inputs/structure";
import { listResult } from "../assets/pageResult";
import { brandfolderAction } from "../../vendor";

export const listUserPermissions = brandfolderAction({
  label: "List User Permissions",
  description:
    "List who has access to an organization, Brandfolder or collection, each with their permission level and user.",
  docsUrl: operationDoc(
    "user_permissions",
    "opIdApiV4BrandfoldersUserPermissionsByBrandfolderIdGet",
  ),
  inputs: {
    parentKind: permissionParentInput,
    parentId: permissionParentIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxUserPermissionsInput,
  },
  method: "GET",
  path: PARENT_USER_PERMISSIONS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("user permissions"),
  result: listResult,
  examplePayload: { data: userPermissionsExample },
});
