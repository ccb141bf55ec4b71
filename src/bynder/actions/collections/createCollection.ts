import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import type { BynderClient } from "../../client/clientFor";
import { type Collection, collectionExample } from "../../examplePayloads/collections";
import { connectionInput } from "../../inputs/common";
import { collectionDescriptionInput, collectionNameInput } from "../../inputs/collections";
import { BYNDER_REFERENCE, COLLECTIONS_PATH } from "../../endpoints";
import { idFromLocation } from "../../../core/actions/idFromLocation";

const LIST_PATH = COLLECTIONS_PATH;
const ONE_PATH = "/api/v4/collections/{id}/";
/** The fallback lookup reads at most this many collections matching the name, newest first. */
export const LOOKUP_LIMIT = 100;

/** Without a Location header: the newest collection with exactly this name, warning when several match. */
async function findByName(
  client: BynderClient,
  name: string,
  warn: (message: string) => void,
): Promise<string> {
  const { data } = await client.request<Collection[]>({
    method: "GET",
    path: LIST_PATH,
    query: { keyword: name, orderBy: "dateCreated desc", limit: LOOKUP_LIMIT, page: 1 },
  });
  const matches = (Array.isArray(data) ? data : []).filter((c) => c.name === name);
  if (matches.length === 0) {
    throw new Error(
      `Create Collection: Bynder created the collection "${name}" but sent no Location header, and no collection with exactly that name was found among the ${LOOKUP_LIMIT} newest matches. Look it up with List Collections.`,
    );
  }
  if (matches.length > 1) {
    warn(
      `Create Collection: Bynder sent no Location header and ${matches.length} collections are named "${name}"; returning the newest (${matches[0].id}).`,
    );
  }
  return matches[0].id;
}

export const createCollection = action({
  display: {
    label: "Create Collection",
    description: `Create a collection and return it, with its new ID, as Get Collection would. Bynder API: POST ${LIST_PATH}, then GET ${ONE_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    name: collectionNameInput,
    description: collectionDescriptionInput,
  },
  examplePayload: { data: collectionExample },
  perform: async (context, { connection, name, description }) => {
    const client = clientFor(connection, context);
    const created = await client.request({
      method: "POST",
      path: LIST_PATH,
      body: { encoding: "form", fields: { name, description } },
    });
    // Bynder answers 201 {message: "Created"}; only the Location header says which collection.
    const id =
      idFromLocation(created.headers.location, "collections") ??
      (await findByName(client, name, (m) => context.logger.warn(m)));
    const { data } = await client.request<Collection>({
      method: "GET",
      path: ONE_PATH,
      pathParams: { id },
    });
    // GET /collections/{id}/ does not repeat the ID; later steps need it.
    return { data: { ...data, id: data?.id ?? id } as Collection };
  },
});
