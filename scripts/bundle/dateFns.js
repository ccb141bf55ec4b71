// Stand-in for the `date-fns` index inside the bundles (see webpack.config.js): spectral's
// conditional logic takes six functions from it, and the index would bundle all ~300 modules.
module.exports = {
  isAfter: require("date-fns/isAfter").isAfter,
  isBefore: require("date-fns/isBefore").isBefore,
  isEqual: require("date-fns/isEqual").isEqual,
  isValid: require("date-fns/isValid").isValid,
  parse: require("date-fns/parse").parse,
  parseISO: require("date-fns/parseISO").parseISO,
};
