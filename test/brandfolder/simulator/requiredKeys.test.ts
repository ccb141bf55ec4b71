import { type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema } from "./schema";

const valueFor = (assetId: string, value: unknown) => ({
  attributes: { value },
  relationships: { asset: { data: { type: "assets", id: assetId } } },
});

/**
 * Seed 003: a required key "must be input before uploading the asset". The API's asset create
 * carries no custom fields, so the simulator keeps a required value once given (see
 * docs/brandfolder/simulator.md): never blank, never deleted, only changed.
 */
describe("required custom field keys in the Brandfolder simulator", () => {
  const api = useBrandfolder({ seedAssets: 3 });
  let ids: ReturnType<typeof seeded>;
  let keyId: string;
  let valueId: string;
  beforeAll(async () => {
    ids = seeded(api().sim);
    const res = await api().call("POST", `/brandfolders/${ids.brand}/custom_field_keys`, {
      data: { attributes: [{ name: "rights", required: true }] },
    });
    const body = (await res.json()) as Json;
    expect(body.data[0].attributes).toMatchObject({ name: "rights", required: true });
    keyId = body.data[0].id;
  });
  const setValues = (data: unknown) =>
    api().call("POST", `/custom_field_keys/${keyId}/custom_field_values`, { data });

  it("still creates assets through the API, whose create body has no custom fields", async () => {
    const res = await api().call("POST", `/brandfolders/${ids.brand}/assets`, {
      data: { attributes: [{ name: "No rights yet" }] },
      section_key: ids.logos,
    });
    expect(res.status).toBe(200);
    const id = ((await res.json()) as Json).data[0].id as string;
    expect((await api().ok(`/assets/${id}/custom_field_values`)).data).toEqual([]);
  });

  it("takes a value, answering as the OpenAPI documents it", async () => {
    const res = await setValues([valueFor(ids.assets[0], "internal only")]);
    const body = (await res.json()) as Json;
    expect(res.status).toBe(200);
    const schema = bfSchema("post", "/custom_field_keys/{custom_field_key_id}/custom_field_values");
    expect(bfProblems(body, schema)).toEqual([]);
    valueId = body.data[0].id;
  });

  it("refuses a blank value on create and update with 400, naming the key, and keeps the old one", async () => {
    const made = await setValues([valueFor(ids.assets[1], "  ")]);
    expect([made.status, await made.text()]).toEqual([
      400,
      'data[0].attributes.value: the custom field key "rights" is required, so its value cannot be blank',
    ]);
    const put = await api().call("PUT", `/custom_field_values/${valueId}`, {
      data: { attributes: { value: "" } },
    });
    expect([put.status, await put.text()]).toEqual([
      400,
      'data.attributes.value: the custom field key "rights" is required, so its value cannot be blank',
    ]);
    expect(api().sim.state.customFieldValues.get(valueId)?.value).toBe("internal only");
    const changed = await api().call("PUT", `/custom_field_values/${valueId}`, {
      data: { attributes: { value: "public" } },
    });
    expect(changed.status).toBe(200);
    const schema = bfSchema("put", "/custom_field_values/{custom_field_value_id}");
    expect(bfProblems(await changed.json(), schema)).toEqual([]);
  });

  it("refuses to delete a required key's value; once the key is no longer required, it goes", async () => {
    const del = await api().call("DELETE", `/custom_field_values/${valueId}`);
    expect([del.status, await del.text()]).toEqual([
      400,
      'The custom field key "rights" is required: change this value instead of deleting it',
    ]);
    expect(api().sim.state.customFieldValues.has(valueId)).toBe(true);
    const put = await api().call("PUT", `/custom_field_keys/${keyId}`, {
      data: { attributes: { required: false } },
    });
    expect(put.status).toBe(200);
    const again = await api().call("DELETE", `/custom_field_values/${valueId}`);
    expect([again.status, await again.json()]).toEqual([200, {}]);
  });

  it("deletes a required key with every value of it, as any key", async () => {
    const [key] = (
      (await (
        await api().call("POST", `/brandfolders/${ids.brand}/custom_field_keys`, {
          data: { attributes: [{ name: "licence", required: true }] },
        })
      ).json()) as Json
    ).data;
    const res = await api().call("POST", `/custom_field_keys/${key.id}/custom_field_values`, {
      data: [valueFor(ids.assets[2], "CC-BY")],
    });
    expect(res.status).toBe(200);
    const del = await api().call("DELETE", `/custom_field_keys/${key.id}`);
    expect([del.status, await del.json()]).toEqual([200, {}]);
    const left = [...api().sim.state.customFieldValues.values()].filter((v) => v.keyId === key.id);
    expect(left).toEqual([]);
  });
});
