/** Every data source (dropdown), keyed by `select<Resource>`. */
export default {};
