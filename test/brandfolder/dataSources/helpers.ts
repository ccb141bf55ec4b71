import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import type { BrandfolderSimulator } from "../../../simulator/brandfolder";
import { type BfState, newId } from "../../../simulator/brandfolder/state";

const harness = createHarness(component);

export type Option = { key: string; label?: string };

/** The API Key connection to a simulator; the full pace, so a bounded walk is quick. */
export const connectionTo = (sim: BrandfolderSimulator, apiKey = sim.apiKey) => ({
  key: "apiKey",
  configVarKey: "c",
  fields: { apiKey, apiHost: sim.url, requestsPerSecond: "10" },
});

/** The options a data source offers over the simulator, with the requests it took to get them. */
export async function options(
  sim: BrandfolderSimulator,
  key: string,
  params: Record<string, unknown> = {},
  apiKey = sim.apiKey,
) {
  const before = sim.requests.length;
  const out = await harness.dataSource(key, { connection: connectionTo(sim, apiKey), ...params });
  const requests = sim.requests.slice(before);
  return { result: (out as { result: Option[] }).result, requests };
}

/** The query of each request. */
export const queries = (requests: { query: Record<string, unknown> }[]) =>
  requests.map((r) => r.query);

const pad = (i: number) => String(i).padStart(4, "0");

/** `n` more sections in `brandfolderId`, named "Extra 0000"…, after the seeded ones. */
export function addSections(s: BfState, brandfolderId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const id = newId(s);
    s.sections.set(id, {
      id,
      brandfolderId,
      name: `Extra ${pad(i)}`,
      defaultAssetType: "GenericFile",
      position: 10 + i,
    });
  }
}

export function addCollections(s: BfState, brandfolderId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const id = newId(s);
    s.collections.set(id, {
      id,
      brandfolderId,
      name: `Extra ${pad(i)}`,
      slug: `extra-${i}`,
      tagline: "",
      public: false,
      stealth: false,
      isWorkspace: false,
    });
  }
}

export function addLabels(s: BfState, brandfolderId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const id = newId(s);
    s.labels.set(id, { id, brandfolderId, name: `Extra ${pad(i)}`, position: 10 + i });
  }
}

export function addKeys(s: BfState, brandfolderId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const id = newId(s);
    s.customFieldKeys.set(id, {
      id,
      brandfolderId,
      name: `extra ${pad(i)}`,
      allowedValues: [],
      position: 10 + i,
      prioritized: false,
      required: false,
      restricted: false,
    });
  }
}

export function addBrandfolders(s: BfState, organizationId: string, n: number, prefix = "Extra") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = newId(s);
    s.brandfolders.set(id, {
      id,
      organizationId,
      name: `${prefix} ${pad(i)}`,
      slug: `${prefix.toLowerCase()}-${i}`,
      tagline: "",
      privacy: "private",
    });
    ids.push(id);
  }
  return ids;
}
