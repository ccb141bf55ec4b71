import { accountExample } from "../../examplePayloads/account";
import { bynderAction } from "../bynderAction";

export const getAccountInformation = bynderAction({
  label: "Get Account Information",
  description:
    "Retrieve the portal account's name, time zone, default and available languages, and whether it is an open image bank.",
  inputs: {},
  method: "GET",
  path: "/api/v4/account/",
  examplePayload: { data: accountExample },
});
