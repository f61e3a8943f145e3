/**
 * Two builds from one command:
 * - web: the add-in (dist/taskpane.html + taskpane.js, dist/functions.js + functions.json, the
 *   check worker, icons, sample workbook and, given the add-in's address, dist/manifest.xml);
 * - node: the headless CLI (dist/cli/cermat.js).
 * `webpack serve` builds only the web part and serves it over https on port 3000.
 *
 * dist/manifest.xml is written only for a real address: `--env addinUrl=https://…/` or ADDIN_URL.
 * `npm run build:addin` (`--env addin`) fails without one, so no manifest pointing nowhere is ever
 * sideloaded; a plain `npm run build` (CLI, tests) writes no manifest then.
 */
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** Where `npm run dev-server` serves the add-in; manifest.xml is written with these URLs. */
const ADDIN_URL_DEV = 'https://localhost:3000/';
const DEV_SERVER_PORT = 3000;

const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const DIST = path.resolve(__dirname, 'dist');

/**
 * Where the production dist/ is hosted: `--env addinUrl=…` or the ADDIN_URL variable; null when
 * neither is given (then an add-in build, `--env addin`, fails). Office only loads add-ins over
 * https ("Office Add-ins XML manifest", develop/add-in-manifests: every URL must be https).
 */
function deploymentUrl(env, variables = process.env) {
  const url = env.addinUrl || variables.ADDIN_URL || null;
  if (url === null) {
    if (env.addin) {
      throw new Error(
        'Alamat add-in belum diberikan: jalankan `npm run build:addin -- --env addinUrl=https://server-anda/cermat/` ' +
          '(atau setel ADDIN_URL). dist/manifest.xml harus menunjuk ke tempat dist/ dipasang.',
      );
    }
    return null;
  }
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`addinUrl harus berupa URL https yang diakhiri "/": ${url}`);
  }
  return url;
}

/** manifest.xml with every development URL replaced by the deployment address. */
function deployedManifest(source, url) {
  return source.split(ADDIN_URL_DEV).join(url);
}

function typescriptRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    // Type checking is its own script (npm run typecheck).
    use: { loader: 'ts-loader', options: { transpileOnly: true } },
  };
}

async function devServerOptions() {
  // Required lazily: a production build must not need the development certificates.
  const devCerts = require('office-addin-dev-certs');
  const https = await devCerts.getHttpsServerOptions();
  return {
    port: DEV_SERVER_PORT,
    server: { type: 'https', options: { ca: https.ca, key: https.key, cert: https.cert } },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    // No live-reload client injected into the bundles: it would make dist/functions.js depend on a
    // browser page and a websocket. Rebuilds still happen on save; reload the task pane to see them.
    client: false,
    hot: false,
    liveReload: false,
  };
}

function manifestPattern(production, addinUrl) {
  if (!production) return [{ from: 'manifest.xml', to: 'manifest.xml' }];
  if (addinUrl === null) return [];
  return [{ from: 'manifest.xml', to: 'manifest.xml', transform: (content) => deployedManifest(content.toString(), addinUrl) }];
}

function webConfig(env, production) {
  const addinUrl = production ? deploymentUrl(env) : ADDIN_URL_DEV;
  return {
    name: 'web',
    context: __dirname,
    target: ['web', 'es2020'],
    devtool: 'source-map',
    entry: {
      // Order matters for the task pane page: the custom functions register before the UI starts.
      functions: FUNCTIONS_SOURCE,
      taskpane: './src/taskpane/index.tsx',
      // Started by the task pane with `new Worker('check-worker.js')` (src/taskpane/check/checker.ts);
      // not a script of taskpane.html.
      'check-worker': './src/taskpane/check/checkWorker.ts',
    },
    output: {
      path: DIST,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // The CLI build writes dist/cli/ in parallel.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [typescriptRule()] },
    optimization: {
      // Every entry carries its own runtime, so dist/functions.js is a self-contained classic script
      // that runs in Excel's JavaScript-only custom-functions runtime. Only chunks the task pane loads
      // on demand (ExcelJS for browser mode) are split off; entry chunks are never split.
      runtimeChunk: false,
      splitChunks: { chunks: 'async' },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      // In the task pane page (outside Excel too) `CustomFunctions` may be missing: the functions
      // module reads it through src/functions/runtime.ts, which then registers nothing.
      new webpack.ProvidePlugin({
        CustomFunctions: [path.resolve(__dirname, 'src/functions/runtime.ts'), 'customFunctionsRuntime'],
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      // The pane outside Excel (in-memory host), without Office.js and its telemetry.
      new HtmlWebpackPlugin({
        filename: 'browser.html',
        template: './src/taskpane/browser.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/contoh/*.xlsx', to: 'assets/contoh/[name][ext]' },
          ...manifestPattern(production, addinUrl),
        ],
      }),
    ],
    performance: { hints: false },
  };
}

/** Marks the emitted CLI as executable (the file starts with a shebang). */
class ExecutablePlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('ExecutablePlugin', () => {
      const file = path.join(compiler.options.output.path, this.file);
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

/** Bare module requests (`exceljs`, `node:fs`, `@scope/pkg/sub`) stay `require` calls. */
function nodeModulesExternal({ request }, callback) {
  const bare = request && !request.startsWith('.') && !path.isAbsolute(request) && !request.includes('!');
  if (bare) callback(null, `commonjs ${request}`);
  else callback();
}

function cliConfig() {
  const file = 'cermat.js';
  return {
    name: 'cli',
    context: __dirname,
    target: 'node20',
    devtool: 'source-map',
    entry: { cermat: './src/cli/main.ts' },
    output: { path: path.join(DIST, 'cli'), filename: file, clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [typescriptRule()] },
    externalsPresets: { node: true },
    externals: [nodeModulesExternal],
    // Real __dirname / __filename of dist/cli/cermat.js at run time.
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      new ExecutablePlugin(file),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.addin && argv.mode !== 'production') throw new Error('--env addin hanya untuk build produksi (--mode production).');
  const production = argv.mode === 'production';
  if (env.WEBPACK_SERVE) {
    return [{ ...webConfig(env, production), devServer: await devServerOptions() }];
  }
  return [webConfig(env, production), cliConfig()];
};

module.exports.deploymentUrl = deploymentUrl;
module.exports.deployedManifest = deployedManifest;
