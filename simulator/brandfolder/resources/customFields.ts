import { fail, json, jsonBody } from "../../core/http";
import { assetChanged } from "../events";
import { reach } from "../access";
import { listReply, oneReply, render } from "../jsonapi";
import { type Ctx, type Router, userOf, V4 } from "../routing";
import { type Asset, type BfState, type CustomFieldKey, newId } from "../state";

/** Brandfolder's limit on prioritized keys per Brandfolder (seed 003). */
export const MAX_PRIORITIZED = 5;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** `body.data` as an object, else a 400 naming it. */
function dataObject(ctx: Ctx): Obj {
  const data = jsonBody(ctx.headers, ctx.body).data;
  if (!isObj(data)) throw fail(400, "data must be an object");
  return data;
}

/** Key attributes from a create or update, checked field by field; `at` names the place. */
/** A value written or removed changes its asset: Brandfolder's v1 webhooks report asset.update. */
function announce(s: BfState, assetIds: Iterable<string>): void {
  for (const id of new Set(assetIds)) {
    const asset = s.assets.get(id);
    if (asset) assetChanged(s, "asset.update", asset);
  }
}

function keyAttributes(raw: unknown, at: string, creating: boolean): Partial<CustomFieldKey> {
  if (!isObj(raw)) throw fail(400, `${at} must be an object`);
  const out: Partial<CustomFieldKey> = {};
  if (raw.name !== undefined || creating) {
    if (typeof raw.name !== "string" || raw.name.trim() === "") {
      throw fail(400, `${at}.name must be a non-empty string`);
    }
    out.name = raw.name;
  }
  if (raw.allowed_values !== undefined) {
    const av = raw.allowed_values;
    if (!Array.isArray(av) || av.some((v) => typeof v !== "string")) {
      throw fail(400, `${at}.allowed_values must be an array of strings (use "123", not 123)`);
    }
    out.allowedValues = av as string[];
  }
  if (raw.position !== undefined) {
    if (!Number.isInteger(raw.position) || (raw.position as number) < 0) {
      throw fail(400, `${at}.position must be an integer >= 0`);
    }
    out.position = raw.position as number;
  }
  for (const [field, prop] of [
    ["prioritized", "prioritized"],
    ["required", "required"],
    ["restricted", "restricted"],
  ] as const) {
    if (raw[field] === undefined) continue;
    if (typeof raw[field] !== "boolean") throw fail(400, `${at}.${field} must be true or false`);
    out[prop] = raw[field] as boolean;
  }
  return out;
}

const keysOf = (s: BfState, brandfolderId: string) =>
  [...s.customFieldKeys.values()].filter((k) => k.brandfolderId === brandfolderId);

/** Refuses a 6th prioritized key in a Brandfolder (400, see docs/brandfolder/simulator.md). */
function checkPrioritized(s: BfState, brandfolderId: string, adding: number, except?: string) {
  const have = keysOf(s, brandfolderId).filter((k) => k.prioritized && k.id !== except).length;
  if (have + adding > MAX_PRIORITIZED) {
    throw fail(
      400,
      `A Brandfolder can have at most ${MAX_PRIORITIZED} prioritized custom field keys; it has ${have}`,
    );
  }
}

/**
 * A value must be a string, one of a restricted key's allowed values, and not blank for a
 * required key (400 otherwise).
 */
function checkValue(key: CustomFieldKey, value: unknown, at: string): string {
  if (typeof value !== "string") throw fail(400, `${at} must be a string (use "123", not 123)`);
  if (key.required && value.trim() === "") {
    throw fail(
      400,
      `${at}: the custom field key "${key.name}" is required, so its value cannot be blank`,
    );
  }
  if (key.restricted && key.allowedValues.length > 0 && !key.allowedValues.includes(value)) {
    throw fail(
      400,
      `"${value}" is not an allowed value of the restricted key "${key.name}"; allowed: ${key.allowedValues.join(", ")}`,
    );
  }
  return value;
}

function createKeys(ctx: Ctx) {
  const s = ctx.env.state;
  const bfId = ctx.params.id;
  reach(s, userOf(ctx), "brandfolders", bfId, "admin");
  const list = dataObject(ctx).attributes;
  if (!Array.isArray(list) || list.length === 0) {
    throw fail(400, "data.attributes must be a non-empty array of keys");
  }
  // Every key is checked before any is made: a batch is all or nothing.
  const parsed = list.map((raw, i) => keyAttributes(raw, `data.attributes[${i}]`, true));
  const names = new Set(keysOf(s, bfId).map((k) => k.name));
  for (const [i, p] of parsed.entries()) {
    if (names.has(p.name!))
      throw fail(409, `data.attributes[${i}].name: key "${p.name}" already exists`);
    names.add(p.name!);
  }
  checkPrioritized(s, bfId, parsed.filter((p) => p.prioritized).length);
  const made = parsed.map((p, i) => {
    const key: CustomFieldKey = {
      id: newId(s),
      brandfolderId: bfId,
      name: p.name!,
      allowedValues: p.allowedValues ?? [],
      position: p.position ?? keysOf(s, bfId).length + i,
      prioritized: p.prioritized ?? false,
      required: p.required ?? false,
      restricted: p.restricted ?? false,
    };
    s.customFieldKeys.set(key.id, key);
    return key.id;
  });
  return listReply(ctx.env, "customFieldKeys", made, {});
}

function updateKey(ctx: Ctx) {
  const s = ctx.env.state;
  const key = reach<CustomFieldKey>(s, userOf(ctx), "customFieldKeys", ctx.params.id, "admin");
  const patch = keyAttributes(dataObject(ctx).attributes, "data.attributes", false);
  if (
    patch.name !== undefined &&
    keysOf(s, key.brandfolderId).some((k) => k.name === patch.name && k.id !== key.id)
  ) {
    throw fail(409, `data.attributes.name: key "${patch.name}" already exists`);
  }
  if (patch.prioritized && !key.prioritized) checkPrioritized(s, key.brandfolderId, 1, key.id);
  Object.assign(key, patch);
  return oneReply(ctx.env, "customFieldKeys", key.id, {});
}

function deleteKey(ctx: Ctx) {
  const s = ctx.env.state;
  const key = reach<CustomFieldKey>(s, userOf(ctx), "customFieldKeys", ctx.params.id, "admin");
  // Deleting a key deletes every value of it (seed 003).
  const touched: string[] = [];
  for (const v of [...s.customFieldValues.values()]) {
    if (v.keyId === key.id) {
      s.customFieldValues.delete(v.id);
      s.deleted.add(v.id);
      touched.push(v.assetId);
    }
  }
  s.customFieldKeys.delete(key.id);
  announce(s, touched);
  s.deleted.add(key.id);
  return json(200, {});
}

/** One key's value on many assets; an asset that already has a value of the key has it replaced. */
function createValues(ctx: Ctx) {
  const s = ctx.env.state;
  const user = userOf(ctx);
  const key = reach<CustomFieldKey>(s, user, "customFieldKeys", ctx.params.id);
  const data = jsonBody(ctx.headers, ctx.body).data;
  if (!Array.isArray(data) || data.length === 0) throw fail(400, "data must be a non-empty array");
  const parsed = data.map((item, i) => {
    const at = `data[${i}]`;
    const value = checkValue(
      key,
      isObj(item) && isObj(item.attributes) ? item.attributes.value : undefined,
      `${at}.attributes.value`,
    );
    const ref =
      isObj(item) && isObj(item.relationships) && isObj(item.relationships.asset)
        ? item.relationships.asset.data
        : undefined;
    if (!isObj(ref) || ref.type !== "assets" || typeof ref.id !== "string") {
      throw fail(400, `${at}.relationships.asset.data must be {type: "assets", id}`);
    }
    const asset = reach<Asset>(s, user, "assets", ref.id, "collaborator");
    if (asset.brandfolderId !== key.brandfolderId) {
      throw fail(400, `${at}: asset ${asset.id} is not in the key's Brandfolder`);
    }
    return { value, assetId: asset.id };
  });
  const made = parsed.map(({ value, assetId }) => {
    const existing = [...s.customFieldValues.values()].find(
      (v) => v.keyId === key.id && v.assetId === assetId,
    );
    const record = existing ?? { id: newId(s), keyId: key.id, assetId, value };
    record.value = value;
    s.customFieldValues.set(record.id, record);
    return render(ctx.env, "customFieldValues", record.id);
  });
  announce(
    s,
    parsed.map((p) => p.assetId),
  );
  return json(200, { data: made });
}

function updateValue(ctx: Ctx) {
  const s = ctx.env.state;
  const record = reach<{ id: string; keyId: string; assetId: string; value: string }>(
    s,
    userOf(ctx),
    "customFieldValues",
    ctx.params.id,
    "collaborator",
  );
  const attrs = dataObject(ctx).attributes;
  const key = s.customFieldKeys.get(record.keyId)!;
  record.value = checkValue(key, isObj(attrs) ? attrs.value : undefined, "data.attributes.value");
  announce(s, [record.assetId]);
  // Brandfolder answers the updated value inside an array (seed 003).
  return json(200, { data: [render(ctx.env, "customFieldValues", record.id)] });
}

/**
 * A required key's value cannot be deleted (it may be changed): the API's asset create carries no
 * custom fields, so "required" is kept once given (see docs/brandfolder/simulator.md).
 */
function deleteValue(ctx: Ctx) {
  const s = ctx.env.state;
  const record = reach<{ keyId: string; assetId: string }>(
    s,
    userOf(ctx),
    "customFieldValues",
    ctx.params.id,
    "collaborator",
  );
  const key = s.customFieldKeys.get(record.keyId);
  if (key?.required) {
    throw fail(
      400,
      `The custom field key "${key.name}" is required: change this value instead of deleting it`,
    );
  }
  s.customFieldValues.delete(ctx.params.id);
  s.deleted.add(ctx.params.id);
  announce(s, [record.assetId]);
  return json(200, {});
}

/** The eight custom-field operations of seed 003. */
export function registerCustomFields(router: Router): void {
  router
    .get(`${V4}/brandfolders/:id/custom_field_keys`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "brandfolders", ctx.params.id);
      return listReply(
        ctx.env,
        "customFieldKeys",
        keysOf(s, ctx.params.id).map((k) => k.id),
        ctx.query,
      );
    })
    .post(`${V4}/brandfolders/:id/custom_field_keys`, createKeys)
    .put(`${V4}/custom_field_keys/:id`, updateKey)
    .delete(`${V4}/custom_field_keys/:id`, deleteKey)
    .get(`${V4}/assets/:id/custom_field_values`, (ctx) => {
      const s = ctx.env.state;
      reach(s, userOf(ctx), "assets", ctx.params.id);
      const ids = [...s.customFieldValues.values()]
        .filter((v) => v.assetId === ctx.params.id)
        .map((v) => v.id);
      return listReply(ctx.env, "customFieldValues", ids, ctx.query);
    })
    .post(`${V4}/custom_field_keys/:id/custom_field_values`, createValues)
    .put(`${V4}/custom_field_values/:id`, updateValue)
    .delete(`${V4}/custom_field_values/:id`, deleteValue);
}
