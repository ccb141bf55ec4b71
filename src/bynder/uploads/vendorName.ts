/** How upload and download messages name the vendor (until the vendor profile provides it). */
export const VENDOR_NAME = "Bynder";
