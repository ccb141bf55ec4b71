/** The portal's account information, as GET /api/v4/account/ returns it. */
export const accountExample = {
  name: "Acme Inc.",
  timeZone: "Europe/Amsterdam",
  defaultLanguage: "en_US",
  availableLanguages: ["en_US", "en_GB", "nl_NL", "de_DE", "fr_FR"],
  isOpenImageBank: false,
};
