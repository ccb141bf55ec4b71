import { userExample } from "../../examplePayloads/users";
import { userIdInput } from "../../inputs/users";
import { bynderAction } from "../bynderAction";

export const getUser = bynderAction({
  label: "Get User",
  description: "Retrieve one user by ID or username.",
  inputs: {
    id: { ...userIdInput, comments: "The ID or username of the user to retrieve." },
  },
  method: "GET",
  path: "/api/v4/users/{id}/",
  examplePayload: { data: userExample },
});
