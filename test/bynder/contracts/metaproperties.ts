import {
  metapropertiesByNameExample,
  metapropertyExample,
  metapropertyOptionExample,
  secondOptionExample,
  textMetapropertyExample,
} from "../../../src/bynder/examplePayloads/metaproperties";
import type { Contracts } from "./types";

const MP = metapropertyExample.id;
const OPT = metapropertyOptionExample.id;
const OPTIONS = `/api/v4/metaproperties/${MP}/options/`;

/** A full page of 1000 options, so Fetch All asks for the next one. */
const fullPage = Array.from({ length: 1000 }, (_, i) => ({
  ...metapropertyOptionExample,
  id: `${OPT.slice(0, -4)}${String(i).padStart(4, "0")}`,
  name: `option-${i}`,
}));

export const metapropertiesContracts: Contracts = {
  listMetaproperties: {
    inputs: {
      count: "true",
      type: ["image", "video"],
      options: "true",
      ids: [MP, textMetapropertyExample.id],
    },
    requests: [
      {
        method: "GET",
        path: "/api/v4/metaproperties/",
        query: {
          count: "1",
          type: "image,video",
          options: "1",
          ids: `${MP},${textMetapropertyExample.id}`,
        },
      },
    ],
    expected: metapropertiesByNameExample,
  },
  getMetaproperty: {
    inputs: { metapropertyId: MP, count: "false", type: "", options: "false" },
    requests: [{ method: "GET", path: `/api/v4/metaproperties/${MP}/`, query: { options: "0" } }],
  },
  createMetaproperty: {
    inputs: {
      name: "Region",
      label: "Sales region",
      type: "select",
      isMultiselect: "true",
      isRequired: "false",
      isFilterable: "false",
      data: '{"labels": {"nl_NL": "Regio"}, "zindex": 3}',
    },
    requests: [
      {
        method: "POST",
        path: "/api/v4/metaproperties/",
        encoding: "form",
        body: {
          data: JSON.stringify({
            name: "Region",
            label: "Sales region",
            type: "select",
            isMultiselect: true,
            isFilterable: false,
            labels: { nl_NL: "Regio" },
            zindex: 3,
          }),
        },
      },
    ],
  },
  updateMetaproperty: {
    inputs: {
      metapropertyId: MP,
      label: "Sales region",
      type: "",
      isMultiselect: "",
      isRequired: "true",
      isFilterable: "false",
      data: "",
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/metaproperties/${MP}/`,
        encoding: "form",
        body: {
          data: JSON.stringify({ label: "Sales region", isRequired: true, isFilterable: false }),
        },
      },
    ],
  },
  deleteMetaproperty: {
    inputs: { metapropertyId: MP },
    requests: [
      { method: "DELETE", path: `/api/v4/metaproperties/${MP}/`, reply: { status: 204, body: "" } },
    ],
  },
  listMetapropertyOptions: {
    inputs: {
      metapropertyId: MP,
      name: "emea",
      externalReference: "",
      fetchAll: "true",
      page: "3",
      limit: "10",
    },
    requests: [
      {
        method: "GET",
        path: OPTIONS,
        query: { name: "emea", page: "1", limit: "1000" },
        reply: { body: fullPage },
      },
      {
        method: "GET",
        path: OPTIONS,
        // The next window reads the last 50 of page 1 again, which joins the two reads.
        query: { name: "emea", page: "2", limit: "950" },
        reply: { body: [...fullPage.slice(950), secondOptionExample] },
      },
    ],
    expected: [...fullPage, secondOptionExample],
  },
  createMetapropertyOption: {
    inputs: {
      metapropertyId: MP,
      name: "emea",
      label: "",
      position: "1",
      externalReference: "REGION-001",
      data: '{"isSelectable": true}',
    },
    requests: [
      {
        method: "POST",
        path: OPTIONS,
        encoding: "form",
        body: {
          data: JSON.stringify({
            name: "emea",
            label: "emea",
            zindex: 1,
            externalReference: "REGION-001",
            isSelectable: true,
          }),
        },
      },
    ],
  },
  updateMetapropertyOption: {
    inputs: {
      metapropertyId: MP,
      optionId: OPT,
      label: "EMEA region",
      position: "",
      externalReference: "",
      data: '{"labels": {"nl_NL": "EMEA-regio"}}',
    },
    requests: [
      {
        method: "POST",
        path: `${OPTIONS}${OPT}/`,
        encoding: "form",
        body: { data: JSON.stringify({ label: "EMEA region", labels: { nl_NL: "EMEA-regio" } }) },
      },
    ],
  },
  deleteMetapropertyOption: {
    inputs: { metapropertyId: MP, optionId: OPT },
    requests: [{ method: "DELETE", path: `${OPTIONS}${OPT}/`, reply: { status: 204, body: "" } }],
  },
};
