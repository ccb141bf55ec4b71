import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { webhookExample } from "../../examplePayloads/webhooks";
import { InputError } from "../../../core/inputs/clean";
import { connectionInput } from "../../inputs/common";
import {
  eventsInput,
  newWebhookNameInput,
  preArchivedDaysInput,
  webhookIdInput,
  webhookStatusInput,
} from "../../inputs/webhooks";
import { type Subscription, SUBSCRIPTION_PATH } from "../../webhooks/subscriptions";
import { BYNDER_REFERENCE } from "../../endpoints";

/** Bynder splits an update in two: PUT sets events and pre-archive days, PATCH name and status. */
export const updateWebhook = action({
  display: {
    label: "Update Webhook",
    description: `Change a webhook configuration's events, pre-archive days, name or status (only what is filled in) and return it as Get Webhook would. Bynder API: PUT and/or PATCH ${SUBSCRIPTION_PATH}, then GET (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    id: webhookIdInput("The ID of the webhook configuration to update."),
    events: eventsInput({
      required: false,
      comments: "The complete new list of events. Leave empty to keep the current events.",
    }),
    preArchivedNotificationDays: preArchivedDaysInput,
    name: newWebhookNameInput,
    status: webhookStatusInput,
  },
  examplePayload: { data: webhookExample },
  perform: async (
    context,
    { connection, id, events, preArchivedNotificationDays, name, status },
  ) => {
    const days = preArchivedNotificationDays;
    const changesEvents = (events?.length ?? 0) > 0 || days !== undefined;
    const changesName = name !== undefined || status !== undefined;
    if (!changesEvents && !changesName) {
      throw new InputError(
        "Events",
        'and "Pre-Archived Notification Days", "Name" and "Status" are all blank: fill in at least one.',
      );
    }
    const client = clientFor(connection, context);
    const one = { path: SUBSCRIPTION_PATH, pathParams: { id } };
    if (changesEvents) {
      // PUT takes the whole event list: keep the current one when only the days change.
      const current = events?.length
        ? events
        : ((await client.request<Subscription>({ method: "GET", ...one })).data.events ?? []);
      await client.request({
        method: "PUT",
        ...one,
        body: {
          encoding: "json",
          value: {
            events: current,
            ...(days === undefined ? {} : { preArchivedNotificationDays: days }),
          },
        },
      });
    }
    if (changesName) {
      await client.request({
        method: "PATCH",
        ...one,
        body: {
          encoding: "json",
          value: {
            ...(name === undefined ? {} : { name }),
            ...(status === undefined ? {} : { status: Number(status) }),
          },
        },
      });
    }
    const updated = await client.request<Subscription>({ method: "GET", ...one });
    return { data: updated.data };
  },
});
