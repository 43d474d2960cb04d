// Runs @doyensec/electronegativity's scanner over a folder and writes its CSV report.
// Its CLI needs an old `commander` it does not declare, so we call its runner directly.
// Usage: node electronegativity-run.cjs INPUT_DIR OUTPUT.csv
const path = require('node:path');

const runner = require(
  require.resolve('@doyensec/electronegativity/dist/runner.js', { paths: [process.cwd()] }),
);
const [input, output] = process.argv.slice(2);
runner({
  input: path.resolve(input),
  output: path.resolve(output),
  isSarif: false,
  customScan: [],
  excludeFromScan: [],
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: require('electron/package.json').version,
  parserPlugins: [],
}).then(
  () => undefined,
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
