import { type DeletedUser, deleteUserExample } from "../../examplePayloads/users";
import { userIdInput } from "../../inputs/users";
import { bynderAction } from "../bynderAction";

export const deleteUser = bynderAction({
  label: "Delete User",
  description: "Permanently delete a user, addressed by ID or username.",
  inputs: {
    id: { ...userIdInput, comments: "The ID or username of the user to delete." },
  },
  method: "DELETE",
  path: "/api/v4/users/{id}/",
  // Bynder answers 204 with no body: confirm what was deleted instead of returning "".
  result: (_data, p): DeletedUser => ({ deleted: true, id: p.id }),
  examplePayload: { data: deleteUserExample },
});
