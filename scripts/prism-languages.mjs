// Regenerate mdxlint/data/prism-languages.json (the languages Docusaurus 3's highlighter knows):
//   npm install prism-react-renderer@2 prismjs@1 && node scripts/prism-languages.mjs > mdxlint/data/prism-languages.json
// `bundled`: the grammars prism-react-renderer's Prism has (every key of Prism.languages that is a
// grammar); `components`: for each prismjs component a site may list in `prism.additionalLanguages`,
// the keys loading it adds (Docusaurus requires `prismjs/components/prism-<name>` into that Prism).
import {createRequire} from 'module';
const require = createRequire(import.meta.url);
const {Prism} = require('prism-react-renderer');
const grammars = (P) => Object.keys(P.languages).filter((k) => typeof P.languages[k] === 'object').sort();
const bundled = grammars(Prism);
const components = require('prismjs/components.json').languages;
const added = {};
for (const [id, info] of Object.entries(components)) {
  if (id === 'meta') continue;
  const aliases = info.alias ? [].concat(info.alias) : [];
  added[id] = [id, ...aliases].filter((name) => !bundled.includes(name)).sort();
}
console.log(JSON.stringify({
  'prism-react-renderer': require('prism-react-renderer/package.json').version,
  prismjs: require('prismjs/package.json').version,
  bundled,
  components: added,
}, null, 1));
