import { component } from "@prismatic-io/spectral";
import { errorHook } from "../core/errorHook";
import actions from "./actions";
import connections from "./connections";
import dataSources from "./dataSources";
import { BRANDFOLDER_REFERENCE } from "./endpoints";
import triggers from "./triggers";

/** The Brandfolder component. */
export function brandfolderComponent() {
  return component({
    key: "brandfolder",
    public: false,
    display: {
      label: "Brandfolder",
      description:
        "Manage Brandfolders, custom fields and assets in Brandfolder, the digital asset management platform.",
      iconPath: "icon.png",
      category: "Application Connectors",
    },
    documentationUrl: BRANDFOLDER_REFERENCE,
    actions,
    connections,
    dataSources,
    hooks: { error: errorHook },
    triggers,
  });
}
