// Builds the GraphiQL page's assets into src/main/resources/static/graphiql/assets/:
//
//   graphiql.js, graphiql.css   GraphiQL 5, the explorer, doc-explorer and history plugins,
//                               React and Monaco (src/main.jsx and what it imports)
//   chunks/                     what graphiql.js loads when needed (prettier, to prettify)
//   *.worker.js                 Monaco's web workers (editor, JSON, GraphQL)
//   fonts/, images/             the fonts and images the stylesheets inline as data: URLs,
//                               written out as files so that the page's
//                               Content-Security-Policy needs no data: source
//   THIRD-PARTY-LICENSES.txt    every bundled package with its licence text
//   *.gz                        each script and stylesheet gzipped, served to browsers
//                               that accept gzip
//
// Run `npm ci && npm run build` here; the output is committed, so `./mvnw verify` needs
// no npm. The same inputs give byte-identical files.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../resources/static/graphiql/assets');
const modules = join(here, 'node_modules');

const workers = {
  __EDITOR_WORKER__: ['editor.worker', 'monaco-editor/esm/vs/editor/editor.worker.js'],
  __JSON_WORKER__: ['json.worker', 'monaco-editor/esm/vs/language/json/json.worker.js'],
  __GRAPHQL_WORKER__: ['graphql.worker', 'monaco-graphql/esm/graphql.worker.js'],
};

const banner = '/* Bundled from npm packages by src/main/graphiql/build.mjs; licences: THIRD-PARTY-LICENSES.txt */';

const common = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2022'],
  logLevel: 'warning',
  metafile: true,
  banner: { js: banner, css: banner },
  define: { 'process.env.NODE_ENV': '"production"' },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const inputs = new Set();

const workerBuild = await esbuild.build({
  ...common,
  entryPoints: Object.values(workers).map(([name, path]) => ({ in: path, out: name })),
  outdir: out,
  format: 'iife',
});
Object.keys(workerBuild.metafile.inputs).forEach((i) => inputs.add(i));

// GraphiQL's style.css already holds Monaco's styles, in the order GraphiQL wants them,
// so the stylesheets Monaco's modules import are left out rather than added twice.
const monacoStylesInGraphiql = {
  name: 'monaco-styles-in-graphiql',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) => (args.importer.includes('/node_modules/monaco-editor/')
      ? { path: args.path, namespace: 'monaco-style' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'monaco-style' }, () => ({ contents: '', loader: 'css' }));
  },
};

const pageBuild = await esbuild.build({
  ...common,
  entryPoints: [{ in: 'src/main.jsx', out: 'graphiql' }],
  outdir: out,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [monacoStylesInGraphiql],
  jsx: 'automatic',
  define: {
    ...common.define,
    ...Object.fromEntries(Object.entries(workers).map(([key, [name]]) => [key, JSON.stringify(`./${name}.js`)])),
  },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
  assetNames: 'fonts/[name]-[hash]',
});
Object.keys(pageBuild.metafile.inputs).forEach((i) => inputs.add(i));
// With splitting, esbuild writes a stylesheet for each lazily loaded chunk whose modules
// imported CSS; those are Monaco's, left out above, so they hold nothing but the banner.
for (const file of Object.keys(pageBuild.metafile.outputs).filter((f) => f.endsWith('.css') && f.includes('/chunks/'))) {
  if (readFileSync(join(here, file), 'utf8').trim() !== banner) {
    throw new Error(`${file} holds styles nothing loads`);
  }
  rmSync(join(here, file));
}

// The stylesheets inline fonts (Roboto, Fira Code, Monaco's codicons) and a few images
// as base64 data: URLs; write each out once, named by its content.
const cssFile = join(out, 'graphiql.css');
const extensions = { 'font/woff2': 'woff2', 'font/woff': 'woff', 'font/ttf': 'ttf', 'image/png': 'png', 'image/svg+xml': 'svg' };
let extracted = 0;
const css = readFileSync(cssFile, 'utf8').replace(/url\(\s*(["']?)data:([a-z0-9+./-]+);base64,([A-Za-z0-9+/=]+)\1\s*\)/g,
  (_match, _quote, type, data) => {
    const extension = extensions[type];
    if (!extension) {
      throw new Error(`graphiql.css inlines a data: URL of type ${type}; add it to build.mjs`);
    }
    const bytes = Buffer.from(data, 'base64');
    const folder = type.startsWith('font/') ? 'fonts' : 'images';
    const name = `${folder}/${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;
    mkdirSync(join(out, folder), { recursive: true });
    writeFileSync(join(out, name), bytes);
    extracted++;
    return `url(${name})`;
  });
if (/data:/.test(css)) {
  throw new Error('graphiql.css still holds a data: URL that build.mjs did not write out');
}
writeFileSync(cssFile, css);

// Every package any input came from, with its licence.
const packages = new Map();
for (const input of inputs) {
  const path = input.split('/');
  const at = path.lastIndexOf('node_modules');
  if (at < 0) {
    continue;
  }
  const length = path[at + 1].startsWith('@') ? 2 : 1;
  const dir = join(here, ...path.slice(0, at + 1 + length));
  if (!packages.has(dir)) {
    packages.set(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  }
}
const licenceFiles = (dir) => readdirSync(dir)
  .filter((f) => /^(licen[cs]e|copying|notice|thirdpartynotices)/i.test(f))
  .sort();
const licenceTexts = (dir) => licenceFiles(dir).map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
const repository = (pkg) => {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository && pkg.repository.url;
  return url ? url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^https?:\/\//, '') : null;
};
const mit = (holder) => `MIT License

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;
// A few packages publish no licence file: the licence of their repository (GraphiQL's
// plugins are in the graphql/graphiql repository; react-compiler-runtime names
// facebook/react, which React's own packages now call react/react), else the MIT text
// their package.json declares, naming its author.
const sameRepository = { 'react-compiler-runtime': 'react' };
const licenceOf = (dir, pkg) => {
  if (licenceFiles(dir).length > 0) {
    return licenceTexts(dir);
  }
  const repo = repository(pkg);
  const sibling = [...packages.entries()].find(([d, p]) => d !== dir && licenceFiles(d).length > 0
    && (p.name === sameRepository[pkg.name] || (repo && repository(p) === repo)));
  if (sibling) {
    return `(No licence file in the package; the licence of its repository, as published with ${sibling[1].name}:)\n\n`
      + licenceTexts(sibling[0]);
  }
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author && pkg.author.name;
  if (pkg.license === 'MIT' && author) {
    return `(No licence file in the package; MIT per its package.json, author ${author}:)\n\n${mit(author)}`;
  }
  throw new Error(`${pkg.name}@${pkg.version} (${relative(modules, dir)}) has no licence file`);
};
const sections = [...packages.entries()]
  .sort(([, a], [, b]) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`))
  .map(([dir, pkg]) => {
    const licence = typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license);
    return `${pkg.name}@${pkg.version} — ${licence}\n${pkg.homepage || repository(pkg) || ''}\n\n${licenceOf(dir, pkg)}\n`;
  });
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'),
  `The GraphiQL page's assets bundle these ${sections.length} npm packages (src/main/graphiql/package-lock.json).\n\n`
  + sections.join(`\n${'-'.repeat(78)}\n\n`));

// Precompressed copies for browsers that accept gzip (the bundle is about a quarter of
// its size gzipped); mtime 0 in the gzip header keeps the build reproducible.
const files = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of files(out).filter((f) => /\.(js|css|txt|ttf)$/.test(f))) {
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
}

const size = (dir) => readdirSync(dir, { withFileTypes: true })
  .reduce((sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : readFileSync(join(dir, e.name)).length), 0);
console.log(`${relative(process.cwd(), out)}: ${(size(out) / 1024).toFixed(0)} KiB, ${sections.length} packages, `
  + `${extracted} data: URLs written out as files`);
if (!existsSync(join(out, 'graphiql.js'))) {
  throw new Error('graphiql.js was not built');
}
