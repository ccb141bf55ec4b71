import { currentUserExample } from "../../examplePayloads/users";
import { bynderAction } from "../bynderAction";

export const getCurrentUser = bynderAction({
  label: "Get Current User",
  description:
    "Retrieve the user the connection acts as, including the profileId to pass to Get Security Profile.",
  inputs: {},
  method: "GET",
  path: "/api/v4/currentUser/",
  examplePayload: { data: currentUserExample },
});
