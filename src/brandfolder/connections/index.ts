import { apiKey } from "./apiKey";

export default [apiKey];
