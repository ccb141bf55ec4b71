import { collectionSharedExample } from "../../examplePayloads/collections";
import { InputError } from "../../../core/inputs/clean";
import {
  checkShareTargets,
  collectionIdInput,
  collectionOptionsInput,
  groupsInput,
  loginRequiredInput,
  profilesInput,
  recipientsInput,
  sendMailInput,
  shareDataInput,
  shareDateEndInput,
  shareDateStartInput,
  shareMessageInput,
} from "../../inputs/collections";
import { bynderAction } from "../bynderAction";

export const shareCollection = bynderAction({
  label: "Share Collection",
  description:
    "Share a collection with people (by email), user groups or security profiles, with view or edit rights and an optional validity period.",
  inputs: {
    id: collectionIdInput("share"),
    collectionOptions: collectionOptionsInput,
    recipients: recipientsInput,
    groups: groupsInput,
    profiles: profilesInput,
    loginRequired: loginRequiredInput,
    dateStart: shareDateStartInput,
    dateEnd: shareDateEndInput,
    sendMail: sendMailInput,
    message: shareMessageInput,
    data: shareDataInput,
  },
  method: "POST",
  path: "/api/v4/collections/{id}/share/",
  encoding: "form",
  body: {
    collectionOptions: (p) => p.collectionOptions ?? "view",
    recipients: "recipients",
    groups: "groups",
    profiles: "profiles",
    loginRequired: "loginRequired",
    dateStart: "dateStart",
    dateEnd: "dateEnd",
    sendMail: "sendMail",
    message: "message",
  },
  dataInput: "data",
  validate: (p) => {
    checkShareTargets(p);
    if (p.dateStart && p.dateEnd && Date.parse(p.dateEnd) < Date.parse(p.dateStart)) {
      throw new InputError("Date End", `must not be before Date Start (${p.dateStart}).`);
    }
  },
  examplePayload: { data: collectionSharedExample },
});
