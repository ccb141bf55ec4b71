import { createLabel } from "./createLabel";
import { deleteLabel } from "./deleteLabel";
import { getLabel } from "./getLabel";
import { listLabels } from "./listLabels";
import { moveLabel } from "./moveLabel";
import { updateLabel } from "./updateLabel";

export default { listLabels, getLabel, createLabel, updateLabel, deleteLabel, moveLabel };
