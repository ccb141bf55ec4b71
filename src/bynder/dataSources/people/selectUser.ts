import type { BynderUserListItem } from "../../examplePayloads/users";
import { picklist } from "../picklist";
import { USERS_PATH } from "../../endpoints";

/** "Full Name <email>", falling back to the username (or ID) when Bynder has no name. */
export function userLabel(
  user: Pick<BynderUserListItem, "id" | "name" | "username" | "email">,
): string {
  const name = user.name?.trim() || user.username || user.id;
  return user.email ? `${name} <${user.email}>` : name;
}

export const selectUser = picklist({
  label: "Select User",
  description: "Pick an active user of the portal (up to 2,000, A to Z).",
  // The users endpoint has no keyword or sort and its page size is 100: 20 pages at most.
  maxRequests: 20,
  order: "label",
  more: { noun: "users" },
  pages: { request: () => ({ path: USERS_PATH }), style: "headers", pageSize: 100 },
  element: (user: BynderUserListItem) => ({ key: user.id, label: userLabel(user) }),
  example: [
    {
      key: "8B2D4F6A-1C3E-4A5B-9D7F0E2C4A6B8D1F",
      label: "Jane Doe <jane.doe@acme.com>",
    },
  ],
});
