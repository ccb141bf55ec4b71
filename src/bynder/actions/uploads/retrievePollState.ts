import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { pollStateExample } from "../../examplePayloads/uploads";
import { connectionInput } from "../../inputs/common";
import { valueListInput } from "../../../core/inputs/factories";
import { pollIntervalInput, pollTimeoutInput } from "../../inputs/uploads";
import { POLL_PATH, pollOnce, pollTiming, waitForImports } from "../../uploads/poll";
import { BYNDER_REFERENCE } from "../../endpoints";

export const retrievePollState = action({
  display: {
    label: "Retrieve Poll State",
    description: `Poll the processing state of finalized files until each is done, failed or rejected, or the Poll Timeout passes (then the error names the import ids to poll again later). Bynder API: GET ${POLL_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    items: valueListInput({
      label: "Items",
      comments:
        "Comma-separated import id's of a finalized file, as returned by the finalize call (or one per row).",
      required: true,
      example: "0B2F3A4C-5D6E-4F70-8192A3B4C5D6E7F8",
    }),
    pollInterval: pollIntervalInput,
    pollTimeout: pollTimeoutInput,
  },
  examplePayload: { data: pollStateExample },
  perform: async (context, { connection, items, pollInterval, pollTimeout }) => {
    const ids = items as string[];
    const client = clientFor(connection, context);
    if (pollTimeout === 0) return { data: await pollOnce(client, ids) };
    const data = await waitForImports(client, ids, {
      ...pollTiming(pollInterval, pollTimeout),
      deadline: client.deadline,
    });
    return { data };
  },
});
