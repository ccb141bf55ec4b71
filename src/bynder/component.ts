import { component } from "@prismatic-io/spectral";
import actions from "./actions";
import connections from "./connections";
import dataSources from "./dataSources";
import { errorHook } from "../core/errorHook";
import { allTriggers, type TriggerOptions } from "./triggers";

/**
 * What a component instance may be built with. Production takes the defaults; tests pass their own
 * (e.g. an SNS trust rule for the simulator), so no module-level switch exists to flip.
 */
export type BynderComponentOptions = TriggerOptions;

/** The Bynder component; each call has its own trigger state (the SNS certificate cache). */
export function bynderComponent(options: BynderComponentOptions = {}) {
  return component({
    key: "bynder",
    public: false,
    display: {
      label: "Bynder",
      description:
        "Manage assets, metadata, collections, campaigns, uploads and orders in a Bynder digital asset management portal.",
      iconPath: "icon.png",
      category: "Application Connectors",
    },
    documentationUrl: "https://api.bynder.com/reference",
    actions,
    triggers: allTriggers(options),
    dataSources,
    connections,
    hooks: { error: errorHook },
  });
}
