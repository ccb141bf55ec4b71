/** Tiny but valid image payloads: enough for clients that sniff magic bytes or content types. */
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const JPEG_1X1 =
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////" +
  "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=";
const WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

export type ImageFormat = "png" | "jpg" | "webp";

export function tinyImage(format: ImageFormat): Buffer {
  const b64 = format === "png" ? PNG_1X1 : format === "jpg" ? JPEG_1X1 : WEBP_1X1;
  return Buffer.from(b64, "base64");
}

export const IMAGE_MIME: Record<ImageFormat, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
};

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  tif: "image/tiff",
  tiff: "image/tiff",
  svg: "image/svg+xml",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  txt: "text/plain",
  csv: "text/csv",
  zip: "application/zip",
  mp4: "video/mp4",
  mov: "video/quicktime",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  glb: "model/gltf-binary",
  obj: "model/obj",
};

export function mimeForFile(fileName: string): string {
  const ext = extensionOf(fileName);
  return MIME_BY_EXTENSION[ext] ?? "application/octet-stream";
}

export function extensionOf(fileName: string): string {
  const idx = fileName.lastIndexOf(".");
  return idx >= 0 ? fileName.slice(idx + 1).toLowerCase() : "";
}

/** Bynder's asset type for a file extension. */
export function typeForExtension(ext: string): "image" | "document" | "audio" | "video" | "3d" {
  if (["jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "svg", "bmp", "heic"].includes(ext)) {
    return "image";
  }
  if (["mp4", "mov", "avi", "webm", "mkv"].includes(ext)) return "video";
  if (["mp3", "wav", "aac", "flac", "ogg"].includes(ext)) return "audio";
  if (["glb", "gltf", "obj", "fbx", "usdz"].includes(ext)) return "3d";
  return "document";
}
