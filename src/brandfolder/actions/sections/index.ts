import { createSection } from "./createSection";
import { getSection } from "./getSection";
import { listSections } from "./listSections";

export default { listSections, getSection, createSection };
