import type { seeded } from "./helpers";

/**
 * The requests of Brandfolder's official Python SDK (github brandfolder/brandfolder-sdk-python,
 * client.py, resource.py, resource_container.py and the resource classes), as facts, not code.
 *
 * Every call: `<base>/api/v4<endpoint>` through one session carrying `Authorization: Bearer`,
 * `Content-Type: application/json` and `User-Agent: brandfolder-python-sdk` (no Accept of its
 * own), then `raise_for_status()` and `res.json()`, so every 2xx needs a JSON body. A container's
 * `fetch(params, per, page)` adds `per`/`page` when given, `first()` sends `per=1`, `search(q)`
 * sends `search=q` (a list of terms goes out as repeated `search=`); resources are built from
 * `id`, `type` and `attributes` (`relationships` and `included` when present).
 */
export type Ids = ReturnType<typeof seeded> & {
  /** What earlier calls created, by the name given in `saves`. */
  made: Record<string, string>;
};

/** What the SDK reads from the answer. */
export type Reads =
  | "list" // res["data"]: resources
  | "one" // body["data"]: one resource
  | "first" // res["data"][0]: the created asset
  | "attributes" // res["data"]["attributes"] (refresh)
  | { included: string } // resources of that type in res["included"]
  | "json"; // res.json() only (update, delete)

export interface SdkCall {
  /** Where the SDK makes it. */
  sdk: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: (ids: Ids) => string;
  params?: Record<string, string | number | string[]>;
  body?: (ids: Ids) => unknown;
  reads: Reads;
  /** Keeps the id of the resource read under this name, for later calls. */
  saves?: string;
  /** A call the simulator does not serve because the OpenAPI has no such operation. */
  absent?: { status: 404 | 405; why: string };
}

const NO_OPERATION = "the OpenAPI file has no such operation";
const made = (name: string) => (ids: Ids) => ids.made[name];

/** Every call, in an order where each finds what the earlier ones made (deletes last). */
export const SDK_CALLS: SdkCall[] = [
  { sdk: "Client.whoami", method: "GET", path: () => "/users/whoami", reads: "one" },
  // Client containers: /<type> with fetch(per, page).
  {
    sdk: "client.organizations.fetch(per=10, page=1)",
    method: "GET",
    path: () => "/organizations",
    params: { per: 10, page: 1 },
    reads: "list",
  },
  { sdk: "client.brandfolders.fetch()", method: "GET", path: () => "/brandfolders", reads: "list" },
  { sdk: "client.collections.fetch()", method: "GET", path: () => "/collections", reads: "list" },
  {
    sdk: "client.assets.fetch() (one SDK version)",
    method: "GET",
    path: () => "/assets",
    reads: "list",
    absent: { status: 404, why: NO_OPERATION },
  },
  {
    sdk: "client.attachments.fetch() (one SDK version)",
    method: "GET",
    path: () => "/attachments",
    reads: "list",
    absent: { status: 404, why: NO_OPERATION },
  },
  // fetch_by_id / fetch_resource_by_id(cls, id, params): GET /<type>/<id> with fields/include.
  {
    sdk: "Organization.brandfolders (include container, older SDK)",
    method: "GET",
    path: (i) => `/organizations/${i.org}`,
    params: { include: "brandfolders" },
    reads: { included: "brandfolders" },
  },
  {
    sdk: "fetch_resource_by_id(Brandfolder, id, {include})",
    method: "GET",
    path: (i) => `/brandfolders/${i.brand}`,
    params: { include: "sections,collections" },
    reads: "one",
  },
  {
    sdk: "fetch_resource_by_id(Collection, id)",
    method: "GET",
    path: (i) => `/collections/${i.pressKit}`,
    reads: "one",
  },
  {
    sdk: "fetch_resource_by_id(Section, id)",
    method: "GET",
    path: (i) => `/sections/${i.logos}`,
    reads: "one",
  },
  {
    sdk: "fetch_resource_by_id(Asset, id, {fields, include})",
    method: "GET",
    path: (i) => `/assets/${i.assets[0]}`,
    params: { fields: "created_at,cdn_url", include: "attachments,tags" },
    reads: "one",
  },
  // Parent containers: /<parent>/<id>/<children>.
  ...(
    [
      ["Organization.assets", (i) => `/organizations/${i.org}/assets`],
      ["Organization.attachments", (i) => `/organizations/${i.org}/attachments`],
      ["Brandfolder.assets", (i) => `/brandfolders/${i.brand}/assets`],
      ["Brandfolder.attachments", (i) => `/brandfolders/${i.brand}/attachments`],
      ["Brandfolder.collections", (i) => `/brandfolders/${i.brand}/collections`],
      ["Brandfolder.sections", (i) => `/brandfolders/${i.brand}/sections`],
      ["Collection.assets", (i) => `/collections/${i.pressKit}/assets`],
      ["Collection.attachments", (i) => `/collections/${i.pressKit}/attachments`],
      ["Section.assets", (i) => `/sections/${i.logos}/assets`],
      ["Section.attachments", (i) => `/sections/${i.logos}/attachments`],
      ["Asset.attachments", (i) => `/assets/${i.assets[0]}/attachments`],
    ] as [string, (i: Ids) => string][]
  ).map(([sdk, path]): SdkCall => ({
    sdk: `${sdk}.fetch(per=100, page=1)`,
    method: "GET",
    path,
    params: { per: 100, page: 1 },
    reads: "list",
  })),
  {
    sdk: "Brandfolder.assets.first()",
    method: "GET",
    path: (i) => `/brandfolders/${i.brand}/assets`,
    params: { per: 1 },
    reads: "list",
  },
  {
    sdk: "Brandfolder.assets.search('extension:pdf')",
    method: "GET",
    path: (i) => `/brandfolders/${i.brand}/assets`,
    params: { search: "extension:pdf" },
    reads: "list",
  },
  {
    sdk: "Brandfolder.assets.search(['name:logo', 'extension:jpg']) (the README's example)",
    method: "GET",
    path: (i) => `/brandfolders/${i.brand}/assets`,
    params: { search: ["name:logo", "extension:jpg"] },
    reads: "list",
  },
  // Writes of Brandfolder and Collection.
  {
    sdk: "Brandfolder.create_section(name, default_asset_type)",
    method: "POST",
    path: (i) => `/brandfolders/${i.brand}/sections`,
    body: () => ({
      data: { attributes: { name: "SDK section", default_asset_type: "GenericFile" } },
    }),
    reads: "one",
    saves: "section",
  },
  {
    sdk: "Brandfolder.create_collection(name, slug, tagline)",
    method: "POST",
    path: (i) => `/brandfolders/${i.brand}/collections`,
    body: () => ({ data: { attributes: { name: "SDK kit", slug: "sdk-kit", tagline: "by sdk" } } }),
    reads: "one",
    saves: "collection",
  },
  {
    sdk: "Brandfolder.create_asset(attachments_data, section_key, name)",
    method: "POST",
    path: (i) => `/brandfolders/${i.brand}/assets`,
    body: (i) => ({
      data: {
        attributes: [
          { name: "SDK asset", attachments: [{ url: "https://files.example.com/sdk.png" }] },
        ],
      },
      section_key: i.made.section,
    }),
    reads: "first",
    saves: "asset",
  },
  {
    sdk: "Collection.create_asset(attachments_data, section_key, name)",
    method: "POST",
    path: (i) => `/collections/${i.made.collection}/assets`,
    body: (i) => ({
      data: {
        attributes: [{ name: "SDK kit asset", attachments: [{ url: "https://x.example/k.pdf" }] }],
      },
      section_key: i.logos,
    }),
    reads: "first",
  },
  {
    sdk: "Asset.attachments.first()",
    method: "GET",
    path: (i) => `/assets/${i.made.asset}/attachments`,
    params: { per: 1 },
    reads: "list",
    saves: "attachment",
  },
  // Resource.refresh / update (PUT {data: {attributes: updates}}) / delete, on each type.
  {
    sdk: "Asset.refresh()",
    method: "GET",
    path: (i) => `/assets/${i.made.asset}`,
    reads: "attributes",
  },
  ...(
    [
      ["Asset", made("asset"), "assets", { name: "SDK asset 2" }],
      ["Attachment", made("attachment"), "attachments", { filename: "sdk-2.png" }],
      ["Collection", made("collection"), "collections", { tagline: "changed" }],
      ["Brandfolder", (i: Ids) => i.brand, "brandfolders", { tagline: "via sdk" }],
    ] as [string, (i: Ids) => string, string, object][]
  ).map(([name, id, type, attributes]): SdkCall => ({
    sdk: `${name}.set(...).update()`,
    method: "PUT",
    path: (i) => `/${type}/${id(i)}`,
    body: () => ({ data: { attributes } }),
    reads: "json",
  })),
  ...(
    [
      ["Organization", (i: Ids) => `/organizations/${i.org}`],
      ["Section", (i: Ids) => `/sections/${i.logos}`],
    ] as [string, (i: Ids) => string][]
  ).map(([name, path]): SdkCall => ({
    sdk: `${name}.set(...).update()`,
    method: "PUT",
    path,
    body: () => ({ data: { attributes: { name: "renamed" } } }),
    reads: "json",
    absent: { status: 405, why: NO_OPERATION },
  })),
  ...(
    [
      ["Attachment", (i: Ids) => `/attachments/${i.made.attachment}`],
      ["Asset", (i: Ids) => `/assets/${i.made.asset}`],
      ["Collection", (i: Ids) => `/collections/${i.made.collection}`],
    ] as [string, (i: Ids) => string][]
  ).map(([name, path]): SdkCall => ({
    sdk: `${name}.delete()`,
    method: "DELETE",
    path,
    reads: "json",
  })),
  ...(
    [
      ["Organization", (i: Ids) => `/organizations/${i.org}`],
      ["Brandfolder", (i: Ids) => `/brandfolders/${i.archive}`],
      ["Section", (i: Ids) => `/sections/${i.made.section}`],
    ] as [string, (i: Ids) => string][]
  ).map(([name, path]): SdkCall => ({
    sdk: `${name}.delete()`,
    method: "DELETE",
    path,
    reads: "json",
    absent: { status: 405, why: NO_OPERATION },
  })),
];
