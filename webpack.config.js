const path = require("node:path");
const webpack = require("webpack");
const CopyPlugin = require("copy-webpack-plugin");

/**
 * Every component this repository builds. Each one is `src/<name>/index.ts` plus
 * `assets/<name>/icon.png`, bundled alone into `dist/<name>/` (what `prism components:publish`
 * zips), so adding a component is one entry here. Scripts and CI read this list too.
 */
const COMPONENTS = ["bynder", "brandfolder"];

/** One component's bundle. */
const bundle = (name, env) => ({
  name,
  mode: "production",
  target: "node",
  entry: `./src/${name}/index.ts`,
  output: {
    filename: "index.js",
    path: path.resolve(__dirname, env.outDir ?? "dist", name),
    libraryTarget: "commonjs2",
    clean: true,
    // Write the bundle even when unchanged: scripts rebuild only when a source is newer than it.
    compareBeforeEmit: false,
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
        exclude: /node_modules/,
      },
    ],
  },
  resolve: { extensions: [".ts", ".js"] },
  plugins: [
    new CopyPlugin({ patterns: [{ from: `assets/${name}`, to: "." }] }),
    // spectral's index loads its test harness (jest-mock and friends) eagerly; the runtime never
    // uses it, so the bundle gets an empty stand-in. Tests import the harness from node_modules.
    new webpack.NormalModuleReplacementPlugin(
      /[\\/]@prismatic-io[\\/]spectral[\\/]dist[\\/]testing(\.js)?$/,
      path.resolve(__dirname, "scripts", "bundle", "noTesting.js"),
    ),
    // Two indexes that pull in far more than the bundle uses (CommonJS cannot be tree-shaken).
    new webpack.NormalModuleReplacementPlugin(
      /^date-fns$/,
      path.resolve(__dirname, "scripts", "bundle", "dateFns.js"),
    ),
    new webpack.NormalModuleReplacementPlugin(
      /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.cjs$/,
      path.resolve(__dirname, "scripts", "bundle", "zodLocales.js"),
    ),
  ],
  optimization: {
    minimize: !env.unminified,
    minimizeOptions: {
      // spectral names its errors after their class (`this.name = this.constructor.name`).
      javascript: { compress: { passes: 2 }, keep_classnames: true },
    },
  },
  ignoreWarnings: [/Critical dependency/],
  stats: "errors-warnings",
});

/**
 * `npm run build` makes every published bundle, minified by webpack's own terser step.
 * `--env component=<name>` builds one, `--env unminified` builds without minifying (the bundle
 * bench compares the two) and `--env outDir=<dir>` writes `<dir>/<name>/` instead of `dist/<name>/`.
 */
module.exports = (env = {}) => {
  if (env.component && !COMPONENTS.includes(env.component))
    throw new Error(
      `Unknown component "${env.component}": this build has ${COMPONENTS.join(", ")}.`,
    );
  return (env.component ? [env.component] : COMPONENTS).map((name) => bundle(name, env));
};
module.exports.COMPONENTS = COMPONENTS;
