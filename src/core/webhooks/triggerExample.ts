import type { TriggerPayload } from "@prismatic-io/spectral";

/** A trigger example payload: an empty request around the body data later steps reference. */
export function triggerExample<T>(
  data: T,
  extra: Partial<TriggerPayload> = {},
): TriggerPayload & { body: { data: T } } {
  return {
    headers: {},
    queryParameters: {},
    rawBody: { data: null },
    pathFragment: "",
    webhookUrls: {},
    webhookApiKeys: {},
    invokeUrl: "",
    executionId: "",
    customer: { id: "", externalId: "", name: "" },
    instance: { id: "", name: "" },
    user: { id: "", email: "", name: "", externalId: "" },
    integration: { id: "", name: "", versionSequenceId: "", externalVersion: "" },
    flow: { id: "", name: "", stableId: "" },
    startedAt: "",
    globalDebug: false,
    ...extra,
    body: { data },
  };
}
