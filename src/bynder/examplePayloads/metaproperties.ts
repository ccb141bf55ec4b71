/** A metaproperty option as GET /api/v4/metaproperties/{id}/options/ returns it. */
export interface MetapropertyOption {
  id: string;
  name: string;
  label: string;
  displayLabel: string;
  labels: Record<string, string>;
  zindex: number;
  isSelectable: boolean;
  active: number | boolean;
  externalReference?: string;
  linkedOptionIds?: string[];
  date: string;
}

export interface Metaproperty {
  id: string;
  name: string;
  label: string;
  type: string;
  zindex: number;
  isMultiselect: boolean;
  isMultifilter: boolean;
  isRequired: boolean;
  isMainfilter: boolean;
  isFilterable: boolean;
  isApiField: boolean;
  isDisplayField: boolean;
  isDrilldown: boolean;
  isEditable: boolean;
  showInListView: boolean;
  showInGridView: boolean;
  showInDuplicateView: boolean;
  useDependencies: boolean;
  options?: MetapropertyOption[];
}

export const metapropertyOptionExample: MetapropertyOption = {
  id: "2B6C0D4E-8F1A-4B3C-9D5E7F0A1B2C3D4E",
  name: "emea",
  label: "EMEA",
  displayLabel: "EMEA",
  labels: { en_US: "EMEA", nl_NL: "EMEA" },
  zindex: 1,
  isSelectable: true,
  active: 1,
  externalReference: "REGION-001",
  linkedOptionIds: [],
  date: "2026-01-12T10:20:31+00:00",
};

export const secondOptionExample: MetapropertyOption = {
  ...metapropertyOptionExample,
  id: "3C7D1E5F-9A2B-4C4D-8E6F0A1B2C3D4E5F",
  name: "americas",
  label: "Americas",
  displayLabel: "Americas",
  labels: { en_US: "Americas", nl_NL: "Amerika" },
  zindex: 2,
  externalReference: "REGION-002",
};

/** A select metaproperty with its options, as GET /api/v4/metaproperties/{id}/ returns it. */
export const metapropertyExample: Metaproperty = {
  id: "8E1F5A9B-0C2D-4E3F-A4B5C6D7E8F90A1B",
  name: "Region",
  label: "Region",
  type: "select",
  zindex: 3,
  isMultiselect: true,
  isMultifilter: false,
  isRequired: false,
  isMainfilter: true,
  isFilterable: true,
  isApiField: true,
  isDisplayField: false,
  isDrilldown: false,
  isEditable: true,
  showInListView: true,
  showInGridView: false,
  showInDuplicateView: false,
  useDependencies: false,
  options: [metapropertyOptionExample, secondOptionExample],
};

/** A free-text metaproperty (no options). */
export const textMetapropertyExample: Metaproperty = {
  ...metapropertyExample,
  id: "5F0A4B8C-1D3E-4F5A-B6C7D8E9F0A1B2C3",
  name: "Campaign_code",
  label: "Campaign code",
  type: "text",
  zindex: 4,
  isMultiselect: false,
  isMainfilter: false,
  isFilterable: false,
  options: [],
};

/** GET /api/v4/metaproperties/ answers an object keyed by metaproperty name, not an array. */
export const metapropertiesByNameExample: Record<string, Metaproperty> = {
  [metapropertyExample.name]: metapropertyExample,
  [textMetapropertyExample.name]: textMetapropertyExample,
};

/** Bynder's answer to a create (metaproperty or option): the new ID. */
export const metapropertyCreatedExample = {
  message: "Created",
  statuscode: 201,
  id: metapropertyExample.id,
};

export const optionCreatedExample = {
  message: "Created",
  statuscode: 201,
  id: metapropertyOptionExample.id,
};

/** Bynder answers a modify with 201 "Created" and no ID. */
export const modifiedExample = { message: "Created", statuscode: 201 };

/** What the delete actions return in place of Bynder's empty 204. */
export const metapropertyDeletedExample = {
  deleted: true,
  metapropertyId: metapropertyExample.id,
};

export const optionDeletedExample = {
  deleted: true,
  metapropertyId: metapropertyExample.id,
  optionId: metapropertyOptionExample.id,
};
