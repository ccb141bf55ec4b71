const path = require("node:path");
const webpack = require("webpack");
const CopyPlugin = require("copy-webpack-plugin");

/**
 * `npm run build` makes the published bundle, minified by webpack's own terser step.
 * `--env unminified` builds it without minifying (the bundle bench compares the two) and
 * `--env outDir=<dir>` writes it elsewhere.
 */
module.exports = (env = {}) => ({
  mode: "production",
  target: "node",
  entry: "./src/bynder/index.ts",
  output: {
    filename: "index.js",
    path: path.resolve(__dirname, env.outDir ?? "dist"),
    libraryTarget: "commonjs2",
    clean: true,
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
    new CopyPlugin({ patterns: [{ from: "assets", to: "." }] }),
    // spectral's index loads its test harness (jest-mock and friends) eagerly; the runtime never
    // uses it, so the bundle gets an empty stand-in. Tests import the harness from node_modules.
    new webpack.NormalModuleReplacementPlugin(
      /[\\/]@prismatic-io[\\/]spectral[\\/]dist[\\/]testing(\.js)?$/,
      path.resolve(__dirname, "scripts", "bundle", "noTesting.js"),
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
