import {
  type BrandfolderSimulator,
  type BrandfolderSimulatorOptions,
  startBrandfolderSimulator,
} from "../../../simulator/brandfolder";

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** fetch bound to one simulator and one API key, sending the headers Brandfolder requires. */
export interface BfApi {
  sim: BrandfolderSimulator;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** GET that must answer 200; its JSON body. */
  ok(path: string): Promise<Json>;
}

export function bfApi(sim: BrandfolderSimulator, key = sim.apiKey): BfApi {
  const self: BfApi = {
    sim,
    call: (method, path, body, headers = {}) =>
      fetch(`${sim.url}/api/v4${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          accept: "application/json",
          "content-type": "application/json",
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    get: (path, headers) => self.call("GET", path, undefined, headers),
    ok: async (path) => {
      const res = await self.get(path);
      if (res.status !== 200) throw new Error(`GET ${path} -> ${res.status}: ${await res.text()}`);
      return (await res.json()) as Json;
    },
  };
  return self;
}

/** One simulator for the enclosing describe block; a getter for its admin API. */
export function useBrandfolder(options: BrandfolderSimulatorOptions = {}): () => BfApi {
  let api: BfApi | undefined;
  beforeAll(async () => {
    api = bfApi(await startBrandfolderSimulator(options));
  });
  afterAll(() => api?.sim.close());
  return () => {
    if (!api) throw new Error("the simulator starts in beforeAll");
    return api;
  };
}

/** Ids of seeded records by name, read from the simulator's state. */
export function seeded(sim: BrandfolderSimulator) {
  const s = sim.state;
  const byName = <T extends { id: string; name: string }>(m: Map<string, T>, name: string) => {
    const found = [...m.values()].find((x) => x.name === name);
    if (!found) throw new Error(`no seeded ${name}`);
    return found.id;
  };
  return {
    org: [...s.organizations.values()][0].id,
    brand: byName(s.brandfolders, "Acme Brand"),
    archive: byName(s.brandfolders, "Acme Archive"),
    pressKit: byName(s.collections, "Press Kit"),
    partners: byName(s.collections, "Partners"),
    logos: byName(s.sections, "Logos"),
    spring: byName(s.labels, "Spring"),
    campaigns: byName(s.labels, "Campaigns"),
    y2026: byName(s.labels, "2026"),
    color: byName(s.customFieldKeys, "color"),
    campaign: byName(s.customFieldKeys, "campaign"),
    assets: [...s.assets.values()].filter((a) => a.name !== "Old logo").map((a) => a.id),
    oldLogo: byName(s.assets, "Old logo"),
  };
}
