import { addAssetsToCollection } from "./addAssetsToCollection";
import { createCollection } from "./createCollection";
import { deleteCollection } from "./deleteCollection";
import { getCollection } from "./getCollection";
import { listCollectionAssets } from "./listCollectionAssets";
import { listCollections } from "./listCollections";
import { removeAssetsFromCollection } from "./removeAssetsFromCollection";
import { shareCollection } from "./shareCollection";
import { updateCollection } from "./updateCollection";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  addAssetsToCollection,
  createCollection,
  deleteCollection,
  getCollection,
  listCollectionAssets,
  listCollections,
  removeAssetsFromCollection,
  shareCollection,
  updateCollection,
};
