import { userListExample } from "../../examplePayloads/users";
import { fetchAllInput, pageInput } from "../../inputs/common";
import { flagInput } from "../../../core/inputs/factories";
import { userLimitInput } from "../../inputs/users";
import { maxUsersInput } from "../../inputs/fetchAll";
import { bynderAction } from "../bynderAction";
import { USERS_PATH } from "../../endpoints";

export const listUsers = bynderAction({
  label: "List Users",
  description:
    "List the portal's users, one page at a time or every page with Fetch All; inactive users only on request.",
  inputs: {
    page: pageInput,
    limit: userLimitInput,
    includeInactive: flagInput({
      label: "Include Inactive",
      comments: "Whether to include inactive users in the list of results.",
    }),
    fetchAll: fetchAllInput,
    maxItems: maxUsersInput,
  },
  method: "GET",
  path: USERS_PATH,
  query: {
    page: "page",
    limit: "limit",
    includeInActive: (p) => (p.includeInactive ? true : undefined),
  },
  // No documented maximum limit: 100 is Bynder's own default, so a page of 100 is always honoured.
  pagination: {
    style: "headers",
    pageSize: 100,
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun: "users",
  },
  examplePayload: { data: userListExample },
});
