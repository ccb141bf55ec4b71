import {
  empty,
  fail,
  flag,
  formBody,
  intParam,
  json,
  jsonField,
  list,
  one,
  type Reply,
  str,
} from "../../../core/http";
import { bynderId, legacyDate } from "../../ids";
import { propertyOptionIds } from "../assets/mediaView";
import type { Ctx, Router } from "../../routing";
import {
  METAPROPERTY_TYPES,
  type MetaOption,
  type Metaproperty,
  type MetapropertyType,
  type SimEnv,
} from "../../state";

export const SELECT_TYPES: MetapropertyType[] = ["select", "select2", "autocomplete"];

export function getMetaproperty(env: SimEnv, id: string): Metaproperty {
  const mp = env.state.metaproperties.get(id);
  if (!mp) throw fail(404, "Metaproperty not found");
  return mp;
}

/** Accepts option ids or option names (case-insensitive) and returns option ids. */
export function resolveOptionIds(mp: Metaproperty, values: string[]): string[] {
  return values.map((v) => {
    const opt =
      mp.options.find((o) => o.id === v) ??
      mp.options.find((o) => o.name.toLowerCase() === v.toLowerCase());
    if (!opt) throw fail(400, `Unknown option "${v}" for metaproperty ${mp.name}`);
    return opt.id;
  });
}

function renderOption(env: SimEnv, o: MetaOption, withCount: boolean) {
  const out: Record<string, unknown> = {
    id: o.id,
    name: o.name,
    label: o.label,
    displayLabel: o.label,
    labels: o.labels,
    zindex: o.zindex,
    isSelectable: o.isSelectable,
    // metaproperty-options-v4 OpenAPI: schema and example both give an integer.
    active: 1,
    externalReference: o.externalReference,
    linkedOptionIds: [],
    date: legacyDate(o.date),
  };
  if (withCount) {
    out.mediaCount = [...env.state.assets.values()].filter((a) =>
      propertyOptionIds(env, a).includes(o.id),
    ).length;
  }
  return out;
}

function renderMetaproperty(
  env: SimEnv,
  mp: Metaproperty,
  withOptions: boolean,
  withCount: boolean,
) {
  const out: Record<string, unknown> = {
    id: mp.id,
    name: mp.name,
    label: mp.label,
    type: mp.type,
    isMultiselect: mp.isMultiselect,
    isRequired: mp.isRequired,
    isFilterable: mp.isFilterable,
    isMainfilter: mp.isMainfilter,
    isEditable: mp.isEditable,
    isMultifilter: false,
    isApiField: true,
    isDisplayField: false,
    isDrilldown: false,
    zindex: mp.zindex,
    showInListView: true,
    showInGridView: false,
    showInDuplicateView: false,
    useDependencies: false,
  };
  if (withOptions) out.options = mp.options.map((o) => renderOption(env, o, withCount));
  return out;
}

function listMetaproperties(ctx: Ctx): Reply {
  const q = ctx.query;
  const withOptions = flag(one(q, "options")) ?? true;
  const withCount = flag(one(q, "count")) ?? false;
  const ids = list(one(q, "ids"));
  const out: Record<string, unknown> = {};
  const all = [...ctx.env.state.metaproperties.values()].sort((a, b) => a.zindex - b.zindex);
  for (const mp of all) {
    if (ids.length > 0 && !ids.includes(mp.id)) continue;
    out[mp.name] = renderMetaproperty(ctx.env, mp, withOptions, withCount);
  }
  return json(200, out);
}

function applyMetapropertyData(mp: Metaproperty, data: Record<string, unknown>): void {
  if (data.type !== undefined) {
    if (!METAPROPERTY_TYPES.includes(data.type as MetapropertyType)) {
      throw fail(400, "Invalid metaproperty type");
    }
    mp.type = data.type as MetapropertyType;
  }
  if (data.name !== undefined) mp.name = String(data.name);
  if (data.label !== undefined) mp.label = String(data.label);
  if (data.zindex !== undefined) mp.zindex = Number(data.zindex);
  for (const key of [
    "isMultiselect",
    "isRequired",
    "isFilterable",
    "isMainfilter",
    "isEditable",
  ] as const) {
    if (data[key] !== undefined)
      mp[key] = data[key] === true || data[key] === 1 || data[key] === "true";
  }
}

function dataObject(ctx: Ctx): Record<string, unknown> {
  const data = jsonField(formBody(ctx.headers, ctx.body));
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw fail(400, "data must be a JSON object");
  }
  return data as Record<string, unknown>;
}

function createMetaproperty(ctx: Ctx): Reply {
  const data = dataObject(ctx);
  const name = str(data.name);
  if (!name) throw fail(400, "Missing required field: name");
  if (!data.type) throw fail(400, "Missing required field: type");
  if ([...ctx.env.state.metaproperties.values()].some((m) => m.name === name)) {
    throw fail(400, "Metaproperty with this name already exists");
  }
  const mp: Metaproperty = {
    id: bynderId(),
    name,
    label: name,
    type: "select",
    isMultiselect: false,
    isRequired: false,
    isFilterable: true,
    isMainfilter: false,
    isEditable: true,
    zindex: ctx.env.state.metaproperties.size + 1,
    options: [],
  };
  applyMetapropertyData(mp, data);
  ctx.env.state.metaproperties.set(mp.id, mp);
  return json(201, { message: "Created", statuscode: 201, id: mp.id });
}

function createOption(ctx: Ctx): Reply {
  const mp = getMetaproperty(ctx.env, ctx.params.id);
  const data = dataObject(ctx);
  const name = str(data.name);
  if (!name) throw fail(400, "Meta property option name is required");
  const existing = mp.options.find((o) => o.name === name);
  if (existing) {
    throw fail(400, "Meta property option with this name already exists", {
      existingUUID: existing.id,
    });
  }
  const opt: MetaOption = {
    id: bynderId(),
    name,
    label: str(data.label) ?? name,
    zindex: data.zindex !== undefined ? Number(data.zindex) : mp.options.length + 1,
    isSelectable: data.isSelectable !== false,
    externalReference: str(data.externalReference) ?? "",
    labels: (data.labels as Record<string, string>) ?? {},
    date: ctx.env.clock(),
  };
  mp.options.push(opt);
  return json(201, { message: "Created", statuscode: 201, id: opt.id });
}

function findOption(mp: Metaproperty, optionId: string): MetaOption {
  const opt = mp.options.find((o) => o.id === optionId);
  if (!opt) throw fail(404, "Meta property option not found");
  return opt;
}

function modifyOption(ctx: Ctx): Reply {
  const mp = getMetaproperty(ctx.env, ctx.params.id);
  const opt = findOption(mp, ctx.params.optionId);
  const data = dataObject(ctx);
  if (data.name !== undefined && data.name !== opt.name) {
    throw fail(400, "Editing meta property option name not allowed");
  }
  if (data.label !== undefined) opt.label = String(data.label);
  if (data.zindex !== undefined) opt.zindex = Number(data.zindex);
  if (data.isSelectable !== undefined) opt.isSelectable = data.isSelectable === true;
  if (data.externalReference !== undefined) opt.externalReference = String(data.externalReference);
  if (data.labels !== undefined) opt.labels = data.labels as Record<string, string>;
  return json(201, { message: "Created", statuscode: 201 });
}

function listOptions(ctx: Ctx): Reply {
  const mp = ctx.env.state.metaproperties.get(ctx.params.id);
  if (!mp) throw fail(400, "Invalid metaproperty ID");
  const limit = intParam(ctx.query, "limit", 50, { max: 1000 });
  const page = intParam(ctx.query, "page", 1);
  const name = one(ctx.query, "name")?.toLowerCase();
  const ref = one(ctx.query, "externalReference");
  const matched = [...mp.options]
    .sort((a, b) => a.zindex - b.zindex)
    .filter(
      (o) =>
        (!name || o.name.toLowerCase().includes(name)) && (!ref || o.externalReference === ref),
    );
  return json(
    200,
    matched.slice((page - 1) * limit, page * limit).map((o) => renderOption(ctx.env, o, false)),
  );
}

export function registerMetaproperties(router: Router): void {
  const r = router.family("meta.assetbank:read", "meta.assetbank:write");
  r.get("/api/v4/metaproperties", listMetaproperties);
  r.post("/api/v4/metaproperties", createMetaproperty);
  r.get("/api/v4/metaproperties/options", (ctx) => {
    const ids = list(one(ctx.query, "ids"));
    if (ids.length === 0) throw fail(400, "No data sent");
    const out = [];
    for (const mp of ctx.env.state.metaproperties.values()) {
      for (const o of mp.options) if (ids.includes(o.id)) out.push(renderOption(ctx.env, o, false));
    }
    return json(200, out);
  });
  r.get("/api/v4/metaproperties/:id", (ctx) => {
    const mp = getMetaproperty(ctx.env, ctx.params.id);
    const withOptions = flag(one(ctx.query, "options")) ?? true;
    return json(
      200,
      renderMetaproperty(ctx.env, mp, withOptions, flag(one(ctx.query, "count")) ?? false),
    );
  });
  r.post("/api/v4/metaproperties/:id", (ctx) => {
    const mp = getMetaproperty(ctx.env, ctx.params.id);
    applyMetapropertyData(mp, dataObject(ctx));
    return json(201, { message: "Created", statuscode: 201 });
  });
  r.delete("/api/v4/metaproperties/:id", (ctx) => {
    getMetaproperty(ctx.env, ctx.params.id);
    ctx.env.state.metaproperties.delete(ctx.params.id);
    for (const asset of ctx.env.state.assets.values()) delete asset.meta[ctx.params.id];
    return empty(204);
  });
  r.get("/api/v4/metaproperties/:id/options", listOptions);
  r.post("/api/v4/metaproperties/:id/options", createOption);
  r.post("/api/v4/metaproperties/:id/options/:optionId", modifyOption);
  r.delete("/api/v4/metaproperties/:id/options/:optionId", (ctx) => {
    const mp = getMetaproperty(ctx.env, ctx.params.id);
    const opt = findOption(mp, ctx.params.optionId);
    mp.options = mp.options.filter((o) => o !== opt);
    for (const asset of ctx.env.state.assets.values()) {
      const values = asset.meta[mp.id];
      if (values) asset.meta[mp.id] = values.filter((v) => v !== opt.id);
    }
    return empty(204);
  });
}
