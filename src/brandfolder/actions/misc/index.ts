import { rawRequest } from "./rawRequest";

export default { rawRequest };
