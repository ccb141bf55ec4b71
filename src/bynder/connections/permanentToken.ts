import { connection } from "@prismatic-io/spectral";
import { pacingInputs } from "./inputs";

export const permanentToken = connection({
  key: "permanentToken",
  display: {
    label: "Permanent Token",
    description:
      "Connect with a permanent token created in the Bynder portal; it carries the rights of the user who created it.",
  },
  inputs: {
    portalUrl: {
      label: "Portal URL",
      type: "string",
      required: true,
      shown: true,
      placeholder: "https://your-portal.bynder.com",
      example: "https://acme.bynder.com",
      comments:
        "The address of your Bynder portal, such as https://acme.bynder.com (a bare domain like acme.bynder.com also works).",
    },
    token: {
      label: "Token",
      type: "password",
      required: true,
      shown: true,
      comments:
        "A permanent token from Bynder (Settings > Advanced Settings > Portal Settings > Permanent Tokens).",
    },
    ...pacingInputs,
  },
});
