import { BYNDER_PAGING, JOBS_PATH } from "../../endpoints";
import { jobPaging } from "../../paging";
import { BynderApiError } from "../../client/errors";
import { paginate } from "../../../core/paging/paginate";
import type { Job } from "../../examplePayloads/jobs";
import { picklist } from "../picklist";

interface PresetChoice {
  id: string;
  name?: string;
}

/** Job pages read for preset IDs (newest jobs first); the rest of the budget names the presets. */
export const PRESET_SCAN_PAGES = 5;
const MAX_REQUESTS = 20;

/**
 * Bynder has no endpoint that lists job presets (only GET /api/workflow/presets/job/{id}), so this
 * offers the presets that recent jobs were created from. A preset no job uses yet never appears:
 * its ID has to be typed.
 */
export const selectJobPreset = picklist({
  label: "Select Job Preset",
  description:
    "Pick a job preset among those the 500 newest jobs were created from (Bynder cannot list presets; type any other preset ID).",
  maxRequests: MAX_REQUESTS,
  order: "label",
  more: { noun: "presets found in recent jobs", hint: "type the preset ID if yours is missing" },
  items: async (client) => {
    const ids: string[] = [];
    let scanned = 0;
    let complete = false;
    for await (const page of paginate<Job>(client, {
      request: { path: JOBS_PATH, query: { orderBy: "dateCreated desc" } },
      ...jobPaging,
      vendor: BYNDER_PAGING,
      maxPages: PRESET_SCAN_PAGES,
    })) {
      scanned++;
      for (const job of page.items) {
        if (job.presetID && !ids.includes(job.presetID)) ids.push(job.presetID);
      }
      complete = !page.hasMore;
    }
    const items: PresetChoice[] = [];
    for (const [i, id] of ids.entries()) {
      if (scanned + i >= MAX_REQUESTS) {
        items.push({ id });
        continue;
      }
      try {
        const { data } = await client.request<{ name?: string }>({
          method: "GET",
          path: "/api/workflow/presets/job/{id}",
          pathParams: { id },
        });
        items.push({ id, name: data?.name });
      } catch (error) {
        // A deleted preset, or no workflow.preset:read scope: still offer the ID.
        if (!(error instanceof BynderApiError && (error.status === 403 || error.status === 404)))
          throw error;
        items.push({ id });
      }
    }
    return { items, complete };
  },
  element: (p) => ({ key: p.id, label: p.name?.trim() || `Preset ${p.id}` }),
  example: [{ key: "8C1D3E5F-7A9B-4C2D-9E4F-6A8B0C2D4E6F", label: "Banner production" }],
});
