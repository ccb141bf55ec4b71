import { component } from "@prismatic-io/spectral";
import actions from "./actions";
import connections from "./connections";
import dataSources from "./dataSources";
import { errorHook } from "../core/errorHook";
import triggers from "./triggers";

export default component({
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
  triggers,
  dataSources,
  connections,
  hooks: { error: errorHook },
});
