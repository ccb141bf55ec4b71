import { createCollection } from "./createCollection";
import { deleteCollection } from "./deleteCollection";
import { getCollection } from "./getCollection";
import { listCollections } from "./listCollections";
import { listCollectionTags } from "./listCollectionTags";
import { updateCollection } from "./updateCollection";

export default {
  listCollections,
  getCollection,
  createCollection,
  updateCollection,
  deleteCollection,
  listCollectionTags,
};
