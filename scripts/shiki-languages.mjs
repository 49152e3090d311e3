// Regenerate mdxlint/data/shiki-languages.json (the languages Astro's highlighter knows):
//   npm install shiki@3 && node scripts/shiki-languages.mjs > mdxlint/data/shiki-languages.json
import {bundledLanguagesInfo} from 'shiki';
import {createRequire} from 'module';
const require = createRequire(import.meta.url);
const version = require('shiki/package.json').version;
const langs = bundledLanguagesInfo.map(l => ({id: l.id, name: l.name, aliases: l.aliases || []}));
console.log(JSON.stringify({shiki: version, special: ['text', 'txt', 'plain', 'plaintext', 'ansi'], languages: langs}, null, 1));
