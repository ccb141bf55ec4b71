// Stand-in for zod's index of ~50 message locales inside the bundles (see webpack.config.js):
// zod itself loads English directly and the components never switch locale.
const en = require("zod/v4/locales/en.cjs");
module.exports = { en: en.default ?? en };
