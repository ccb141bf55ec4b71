import { action, input } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { Repeated } from "../../../core/http/request";
import { assetIdInput } from "../../inputs/assets";
import { InputError, optionalId } from "../../../core/inputs/clean";
import { connectionInput } from "../../inputs/common";
import { choiceInput, integerInput, valueListInput } from "../../../core/inputs/factories";
import { withKind } from "../../../core/inputs/kinds";
import { BYNDER_REFERENCE } from "../../endpoints";

const DAT_PATH = "/transform/{id}/{name}";
/** A 1×1 WebP, what DAT serves by default. */
const TINY_WEBP = Buffer.from("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA", "base64");

const NUMBER = "(?:0(?:\\.\\d+)?|1(?:\\.0+)?|\\.\\d+)";

export function focusPoint(value: unknown): string | undefined {
  const text = optionalId("Focus Point", value);
  if (text === undefined) return undefined;
  const match = new RegExp(`^(${NUMBER})\\s*,\\s*(${NUMBER})$`).exec(text);
  if (!match)
    throw new InputError(
      "Focus Point",
      `must be two numbers from 0 to 1 separated by a comma, like 0.5,0.4 (got "${text}").`,
    );
  return `${match[1]},${match[2]}`;
}

function operations(rows: string[] | undefined): string[] | undefined {
  for (const row of rows ?? [])
    if (!/^[a-z]+:\S/i.test(row.trim()))
      throw new InputError(
        "IO",
        `has "${row}", which is not an operation like transform:fill,width:800,height:600.`,
      );
  return rows?.map((r) => r.trim());
}

export const generateDynamicAssetTransformation = action({
  display: {
    label: "Generate Dynamic Asset Transformation",
    description: `Generate a derivative on the fly with a transformation (such as cropping, scaling, filling) applied to it, and return the image as binary data with its content type. Bynder API: GET ${DAT_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    id: { ...assetIdInput, comments: "The ID of the asset to transform." },
    name: input({
      label: "Name",
      type: "string",
      required: false,
      comments:
        "The file name in the image URL (any name, e.g. the asset's name; outer spaces are dropped, as in any URL segment). Left blank, the asset ID is used, so the URL never holds an empty name.",
      example: "hero",
      // A path segment: trimmed like an ID, and "." or ".." refused.
      clean: withKind({ kind: "id" }, (v: unknown) => optionalId("Name", v)),
    }),
    io: valueListInput({
      label: "IO",
      comments:
        "The operation(s) performed on the image before it's served to the client, one per row, applied in order, e.g. transform:fill,width:800,height:600. Each row is sent as its own io parameter.",
      items: "text",
      example: "transform:fill,width:800,height:600",
    }),
    focusPoint: input({
      label: "Focus Point",
      type: "string",
      required: false,
      comments:
        "Focus point as a x,y coordinate (with values between 0 - 1). This will serve as the center point for the image operations.",
      example: "0.5,0.4",
      clean: withKind({ kind: "id" }, focusPoint),
    }),
    format: choiceInput({
      label: "Format",
      comments:
        "Format of the served image. This can either be jpg or png and it will overwrite the default webP.",
      options: [
        { label: "jpg", value: "jpg" },
        { label: "png", value: "png" },
        { label: "webp", value: "webp" },
      ] as const,
    }),
    quality: integerInput({
      label: "Quality",
      comments: "Image quality, ranging from 1 - 100 (has no effect when format is set to 'png').",
      min: 1,
      max: 100,
      example: "80",
    }),
  },
  examplePayload: { data: TINY_WEBP, contentType: "image/webp" },
  perform: async (context, { connection, id, name, io, focusPoint, format, quality }) => {
    const ops = operations(io as string[] | undefined);
    const client = clientFor(connection, context);
    // A 404 here gets its advice (DAT not enabled, or unknown asset) from the advice table.
    const response = await client.request<ArrayBuffer>({
      method: "GET",
      path: DAT_PATH,
      pathParams: { id, name: name ?? id },
      // Several operations are several io parameters: joined with commas they would merge.
      query: {
        io: ops?.length ? new Repeated(ops) : undefined,
        focuspoint: focusPoint,
        format,
        quality,
      },
      responseType: "arraybuffer",
    });
    return {
      data: Buffer.from(response.data),
      contentType: response.headers["content-type"] ?? "application/octet-stream",
    };
  },
});
