/** Every trigger. */
export default {};
