import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import {
  ASSET_ID,
  BRANDFOLDER_ID,
  colorKeyExample,
  customFieldValuesCreatedExample,
  regionKeyExample,
} from "../../../src/brandfolder/examplePayloads/customFields";
import { failure } from "../../helpers/client";

const HOST = "https://brandfolder.com";
const harness = createHarness(component);
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: "bf-key-9a8b7c6d" } };
const KEYS = `/api/v4/brandfolders/${BRANDFOLDER_ID}/custom_field_keys`;
const VALUES = `/api/v4/assets/${ASSET_ID}/custom_field_values`;
const lastPage = { current_page: 1, next_page: null, total_pages: 1, total_count: 2 };

const set = (keyName: string, value: string) =>
  harness.action("setCustomFieldValue", {
    connection,
    brandfolderId: BRANDFOLDER_ID,
    assetId: ASSET_ID,
    keyName,
    value,
  });

afterEach(() => nock.cleanAll());

describe("Set Custom Field Value", () => {
  it("creates the value, linked to the asset, when the asset has none for that key", async () => {
    let body: unknown;
    const scope = nock(HOST)
      .get(KEYS)
      .reply(200, { data: [colorKeyExample, regionKeyExample], meta: lastPage })
      .get(VALUES)
      .query({ include: "custom_field_key" })
      .reply(200, { data: [] })
      .post(`/api/v4/custom_field_keys/${regionKeyExample.id}/custom_field_values`, (b) => {
        body = b;
        return true;
      })
      .reply(200, customFieldValuesCreatedExample);
    const result = await set("region", "EMEA");
    expect(body).toEqual({
      data: [
        {
          attributes: { value: "EMEA" },
          relationships: { asset: { data: { type: "assets", id: ASSET_ID } } },
        },
      ],
    });
    expect(result?.data).toMatchObject({
      action: "created",
      key: { id: regionKeyExample.id, name: "region" },
      value: customFieldValuesCreatedExample.data[0],
    });
    expect(scope.isDone()).toBe(true);
  });

  it("refuses a value outside a restricted key's allowed values before any write", async () => {
    // Only the key list is answered: any other request would fail the test with nock's error.
    const scope = nock(HOST)
      .get(KEYS)
      .reply(200, { data: [colorKeyExample], meta: lastPage });
    const error = await failure(set("color", "green"));
    expect(error.message).toBe(
      'Input "Value" "green" is not allowed for the restricted key "color": it accepts red, white, blue.',
    );
    expect(scope.isDone()).toBe(true);
  });

  it("says which keys exist when the name matches none, before any write", async () => {
    nock(HOST)
      .get(KEYS)
      .reply(200, { data: [colorKeyExample, regionKeyExample], meta: lastPage });
    const error = await failure(set("Color", "red"));
    expect(error.message).toBe(
      `Input "Key Name" "Color" is not a custom field key of Brandfolder ${BRANDFOLDER_ID}: it has color, region.`,
    );
  });

  it("stops reading keys at a bounded number of pages when meta never ends", async () => {
    const scope = nock(HOST)
      .get(KEYS)
      .query(true)
      .times(20)
      .reply(200, { data: [regionKeyExample], meta: { next_page: 2 } });
    const error = await failure(set("color", "red"));
    expect(error.message).toContain(
      `"color" is not a custom field key of Brandfolder ${BRANDFOLDER_ID} in its first 20 pages of keys: it has region,`,
    );
    expect(scope.isDone()).toBe(true);
  });

  it("finds the asset's value on a later page and updates it instead of adding a second", async () => {
    const other = { id: "v-other", type: "custom_field_values", attributes: { key: "region" } };
    const mine = { ...other, id: "v-mine", attributes: { key: "color", value: "red" } };
    const scope = nock(HOST)
      .get(KEYS)
      .reply(200, { data: [colorKeyExample], meta: lastPage })
      .get(VALUES)
      .query({ include: "custom_field_key" })
      .reply(200, { data: [other], meta: { ...lastPage, next_page: 2 } })
      .get(VALUES)
      .query({ include: "custom_field_key", page: "2" })
      .reply(200, { data: [mine], meta: lastPage })
      .put("/api/v4/custom_field_values/v-mine", { data: { attributes: { value: "white" } } })
      .reply(200, { data: [{ ...mine, attributes: { key: "color", value: "white" } }] });
    const result = await set("color", "white");
    expect(result?.data).toMatchObject({ action: "updated", value: { id: "v-mine" } });
    expect(scope.isDone()).toBe(true);
  });

  it("writes nothing when the asset's values never end, rather than risk a second value", async () => {
    const scope = nock(HOST)
      .get(KEYS)
      .reply(200, { data: [colorKeyExample], meta: lastPage })
      .get(VALUES)
      .query(true)
      .times(20)
      .reply(200, {
        data: [{ id: "v", type: "custom_field_values", attributes: { key: "x" } }],
        meta: { next_page: 2 },
      });
    const error = await failure(set("color", "red"));
    expect(error.message).toContain("nothing was written");
    expect(scope.isDone()).toBe(true);
  });
});
