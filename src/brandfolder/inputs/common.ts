import { connectionInputFor, integerInput } from "../../core/inputs/factories";
import { MAX_PER } from "../endpoints";

export const connectionInput = connectionInputFor("Brandfolder");

export const pageInput = integerInput({
  label: "Page",
  comments:
    "The page number to retrieve (starts at 1). The result's meta says whether there is a next page.",
  min: 1,
  example: "1",
});

export const perInput = integerInput({
  label: "Per Page",
  comments: `How many records per page (1 to ${MAX_PER}). Blank: Brandfolder's default, 100.`,
  min: 1,
  max: MAX_PER,
  example: "100",
});
