"""Which language a site expects in a folder, from the site's own i18n setup.

Read, never executed: Starlight's ``locales`` in ``astro.config.*`` or the JSON file it
imports them from (content in ``src/content/docs/<locale>/``), Docusaurus' ``i18n``
(``defaultLocale`` in ``docusaurus.config.*`` or a file it imports, translations in
``i18n/<locale>/``), Next.js' ``i18n`` in ``next.config.*`` (Nextra's pages are
``name.<locale>.mdx``), and a content folder named after a locale (``ru/``, ``pt-br/``).  A file's answer is
a :class:`LocaleAnswer` that says where it came from, or None when the site does not
say.  Results are memoised per folder: config files are read once per run.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The config files each framework looks for (Astro's and Docusaurus's loaders read every
# JavaScript and TypeScript module extension: @docusaurus/core's findConfig, `.mts`/`.cts` too).
ASTRO = ("astro.config.mjs", "astro.config.ts", "astro.config.js", "astro.config.mts", "astro.config.cjs", "astro.config.cts")
DOCUSAURUS = tuple(f"docusaurus.config.{ext}" for ext in ("js", "mjs", "ts", "cjs", "mts", "cts"))
NEXT = ("next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs")
# Fumadocs' content config (fumadocs-mdx): the folder that holds it is the site's.
FUMADOCS = ("source.config.ts", "source.config.mts", "source.config.js", "source.config.mjs")
MINTLIFY = ("docs.json",)
# Locale codes a content folder may be named after (lower case, as folders are written).
LOCALE_FOLDERS = frozenset(
    "ar bg bn cs da de el en es es-es es-419 fa fi fr he hi hu id it ja ko nb nl no pl pt pt-br pt-pt ro ru sk sv th tr "
    "uk vi zh zh-cn zh-tw zh-hans zh-hant".split()
)
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nb": "Norwegian",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
    "zh": "Chinese", "af": "Afrikaans", "az": "Azerbaijani", "be": "Belarusian", "bs": "Bosnian", "ca": "Catalan",
    "cy": "Welsh", "eo": "Esperanto", "et": "Estonian", "eu": "Basque", "ga": "Irish", "gl": "Galician",
    "gu": "Gujarati", "hr": "Croatian", "hy": "Armenian", "is": "Icelandic", "ka": "Georgian", "kk": "Kazakh",
    "la": "Latin", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "mn": "Mongolian", "mr": "Marathi",
    "ms": "Malay", "nn": "Norwegian", "pa": "Punjabi", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "ur": "Urdu",
}
# Country codes sites name locales after (Nextra's `jp`, `kr`, `cn`; none is a language code
# mdxlint knows): the language written there.
_COUNTRY_LOCALES = {
    "jp": "ja", "kr": "ko", "cn": "zh", "tw": "zh", "hk": "zh", "ua": "uk", "cz": "cs", "gr": "el", "dk": "da",
    "vn": "vi", "ir": "fa", "il": "he", "kz": "kk", "rs": "sr",
}


_JS_STRING_OR_COMMENT = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|//[^\n]*|/\*[\s\S]*?(?:\*/|\Z)""")


def without_comments(text: str) -> str:
    """A JavaScript or TypeScript config with its comments blanked (strings kept): the
    options a config reads are never the ones commented out (``// comments: false,``)."""
    if "//" not in text and "/*" not in text:
        return text

    def blank(match: re.Match) -> str:
        piece = match.group()
        return piece if piece[0] in "'\"`" else re.sub(r"[^\n]", " ", piece)

    return _JS_STRING_OR_COMMENT.sub(blank, text)


def read_config(path: Path) -> str:
    """A site config's text without its comments (JavaScript/TypeScript) or as it is."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return without_comments(text) if path.suffix in (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts") else text


def base_language(locale: str) -> str:
    """``pt-BR`` → ``pt``, ``zh-Hans`` → ``zh``, a country code → its language (``jp`` → ``ja``)."""
    code = locale.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGE_NAMES else _COUNTRY_LOCALES.get(code, code)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@dataclass(frozen=True)
class LocaleAnswer:
    language: str  # base language code: "de", "zh"
    source: str  # "locales in docs/astro.config.mjs (folder de/)"
    site_languages: tuple[str, ...]  # every language the site declares
    translation: bool = False  # a page of a locale other than the site's default one


# -- Starlight ----------------------------------------------------------------------
_LOCALES_BLOCK = re.compile(r"\blocales\s*[:=]\s*\{", re.S)
_ENTRY = re.compile(r"""(?:^|[,{\s])['"]?([A-Za-z][\w-]*)['"]?\s*:\s*\{([^{}]*)\}""")
_LANG = re.compile(r"""\blang['"]?\s*:\s*['"]([A-Za-z][\w-]*)['"]""")  # also a JSON key
_DEFAULT_LOCALE = re.compile(
    r"""\bdefaultLocale\s*(?::\s*(?:['"]([A-Za-z][\w-]*)['"]|([A-Za-z_$][\w$]*)\b(?!\s*[.(\[]))|(?=\s*[,}]))""")


def default_locale(region: str, text: str | None = None, start: int = 0) -> str | None:
    """The `defaultLocale` a config gives in ``region`` (from ``start``): written in place, or a
    constant ``text`` (the whole file; ``region`` by default) binds to a string
    (`const DEFAULT_LOCALE = "ru"` … `defaultLocale: DEFAULT_LOCALE`, or `{ defaultLocale }`)."""
    found = _DEFAULT_LOCALE.search(region, start)
    if found is None:
        return None
    if found.group(1):
        return found.group(1)
    name = found.group(2) or "defaultLocale"
    bound = re.search(rf"""\b(?:const|let|var)\s+{re.escape(name)}\s*=\s*['"]([A-Za-z][\w-]*)['"]""",
                      text if text is not None else region)
    return bound.group(1) if bound else None


def braced(text: str, start: int) -> str:
    """The text of the ``{…}`` block that opens at ``start``."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    return text[start:]


def _starlight(config: Path) -> tuple[dict[str, str], str | None] | None:
    """({folder: language}, root language) from an Astro config's Starlight ``locales``."""
    try:
        text = read_config(config)
    except OSError:
        return None
    # The first `locales: {…}` whose entries are Starlight's (`de: { label, lang }`): an integration
    # before it may have its own map of strings (`sitemap({ i18n: { locales: { en: 'en-US' } } })`).
    blocks = [braced(text, match.end() - 1) for match in _LOCALES_BLOCK.finditer(text)]
    imported = _imported_locales(config, text)
    if imported is not None:
        blocks.append(imported)  # (`locales` imported from JSON, also after another integration's map)
    folders: dict[str, str] = {}
    root = None
    for block in blocks:
        for entry in _ENTRY.finditer(block[1:]):
            key, body = entry.group(1), entry.group(2)
            lang = _LANG.search(body)
            language = base_language(lang.group(1) if lang else key)
            if key == "root":
                root = language
            else:
                folders[key.lower()] = language
        if folders or root is not None:
            break
    if not folders and root is None:
        return None
    # Starlight's own `defaultLocale` (an integration before it may have one: the sitemap's)
    starlight = text.find("starlight(")
    default = default_locale(text, text, starlight) if starlight >= 0 else None
    default = default or default_locale(text)
    if root is None and default is not None:
        root = folders.get(default.lower(), base_language(default))
    return folders, root


# `import x from './a'`, `import { x } from './a'`, `import { y as x } from './a'`, `const x = require('./a')`,
# `const { x } = require('./a')`: (default name, named imports, module).
_LOCAL_IMPORT = re.compile(
    r"""\bimport\s+(?:(\w+)\s*,?\s*)?(?:\{([^{}]*)\}\s*)?from\s+['"](\.{1,2}/[^'"]+)['"]"""
    r"""|\b(?:const|let|var)\s+(?:(\w+)|\{([^{}]*)\})\s*=\s*require\(\s*['"](\.{1,2}/[^'"]+)['"]\s*\)""")
_MODULE_SUFFIXES = ("", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js", "/index.mjs")


def local_imports(config: Path, text: str) -> list[tuple[str, str, Path]]:
    """The names a config takes from the project's own modules: (local name, name in the module,
    "default" for a default import; the module's file)."""
    found = []
    for match in _LOCAL_IMPORT.finditer(text):
        default, named, target = (match.group(1), match.group(2), match.group(3)) if match.group(3) else (
            match.group(4), match.group(5), match.group(6))
        module = next((config.parent / (target + suffix) for suffix in _MODULE_SUFFIXES
                       if os.path.isfile(config.parent / (target + suffix))), None)
        if module is None:
            continue
        if default:
            found.append((default, "default", module))
        for part in (named or "").split(","):
            pieces = re.split(r"\s+as\s+|\s*:\s*", part.strip())
            if pieces and pieces[0]:
                found.append((pieces[-1].strip(), pieces[0].strip(), module))
    return found


def _exported_object(module: Path, name: str) -> str | None:
    """The object literal a module exports as ``name`` (or by default): a JSON file whole, else
    `export const name = {…}` / `const name = {…}` / `export default {…}` / `module.exports = {…}`."""
    try:
        body = read_config(module).strip()
    except OSError:
        return None
    if module.suffix == ".json":
        return body if body.startswith("{") else None
    pattern = (r"\bexport\s+default\s+(?:\w+\s*\(\s*)?\{|\bmodule\.exports\s*=\s*\{" if name == "default"
               else rf"\b(?:const|let|var)\s+{re.escape(name)}\b[^=;{{]*=\s*(?:\w+\s*\(\s*)?\{{")
    found = re.search(pattern, body)
    return braced(body, found.end() - 1) if found else None


def _imported_locales(config: Path, text: str) -> str | None:
    """The object a config imports from a module of the project and passes as ``locales``
    (``import locales from './locales.json'`` … ``locales,``; ``import { localesConfig } from
    './config/locales'`` … ``locales: localesConfig``)."""
    for local, exported, module in local_imports(config, text):
        if re.search(rf"\blocales\s*:\s*{re.escape(local)}\b|[{{,]\s*{re.escape(local)}\s*[,}}]", text) is None:
            continue
        body = _exported_object(module, exported)
        if body is not None:
            return body
    return None


# -- Next.js (Nextra) ------------------------------------------------------------------
_NEXT_SUFFIX = re.compile(r"\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4})?)\.(?:mdx|md)$")


def _next(config: Path) -> tuple[str, tuple[str, ...], dict[str, str]] | None:
    """(default language, declared languages, {locale as written, lower case: language})
    from ``i18n`` in a Next.js config."""
    try:
        text = read_config(config)
    except OSError:
        return None
    match = re.search(r"\bi18n\s*:\s*\{", text)
    if match is None:
        return None
    block = braced(text, match.end() - 1)
    listed = _LOCALE_LIST.search(block)
    if listed is None:
        return None
    locales = _listed_locales(listed)
    default = default_locale(block, text)
    default_language = base_language(default) if default else base_language(locales[0]) if locales else "en"
    # (A code that names no language mdxlint knows is left out: it would stand as a Latin-script
    # language beside English and make English text a guess between the two.)
    mapping = {locale.lower(): base_language(locale) for locale in locales if base_language(locale) in LANGUAGE_NAMES}
    return default_language, tuple(dict.fromkeys([default_language, *mapping.values()])), mapping


# A locale in a list, in quotes or backticks (`['en', `fi`]`, as some configs write them).
_LOCALE_STRING = re.compile(r"""['"`]([A-Za-z][\w-]*)['"`]""")


def _listed_locales(listed: re.Match) -> list[str]:
    """The locales of every list a _LOCALE_LIST match holds, in order, once each."""
    arrays = re.findall(r"\[([^\]]*)\]", listed.group(1))
    return list(dict.fromkeys(code for array in arrays for code in _LOCALE_STRING.findall(array)))


# -- Fumadocs -------------------------------------------------------------------------
# `defineI18n({…})`, `createI18n({…})`, or the object itself typed as Fumadocs' config
# (`export const i18n: I18nConfig = {…}`, Fumadocs 14 and 15).
_DEFINE_I18N = re.compile(r"\b(?:defineI18n|createI18n)\s*\(\s*\{|:\s*I18nConfig\b[^=;{}()]*=\s*\{")
_LANGUAGES = re.compile(r"""\blanguages\s*:\s*\[([^\]]*)\]""")
_DEFAULT_LANGUAGE = re.compile(r"""\bdefaultLanguage\s*:\s*['"`]([A-Za-z][\w-]*)['"`]""")
_PARSER = re.compile(r"""\bparser\s*:\s*['"`](\w+)['"`]""")
_DOCS_DIR = re.compile(r"""\bdir\s*:\s*['"`]([^'"`\n]+)['"`]""")
# Where Fumadocs' templates and sites keep `defineI18n(…)` (lib/i18n.ts, src/lib/i18n.ts …).
_I18N_FOLDERS = ("lib", "src/lib", "src", "", "app", "src/app", "config")


def _fumadocs_i18n(root: Path) -> Path | None:
    """The module of a Fumadocs site that defines its i18n config, if any."""
    for folder in _I18N_FOLDERS:
        base = root / folder
        if not os.path.isdir(base):
            continue
        for entry in sorted(os.listdir(base)):
            if entry.endswith((".ts", ".tsx", ".js", ".mjs", ".mts")) and "i18n" in entry.lower():
                try:
                    text = read_config(base / entry)
                except OSError:
                    continue
                if _DEFINE_I18N.search(text):
                    return base / entry
    return None


def _fumadocs(config: Path) -> tuple[str, tuple[str, ...], dict[str, str], str, tuple[str, ...], Path] | None:
    """(default language, declared languages, {locale as written, lower case: language}, parser,
    the docs folders, the i18n module) of a Fumadocs site: ``defineI18n({ defaultLanguage,
    languages, parser })`` (parser 'dot', the default: ``page.zh.mdx``; 'dir': ``zh/page.mdx``;
    'none': no i18n), and the ``dir`` of its ``defineDocs`` (default ``content/docs``)."""
    module = _fumadocs_i18n(config.parent)
    if module is None:
        return None
    try:
        text = read_config(module)
        source = read_config(config)
    except OSError:
        return None
    match = _DEFINE_I18N.search(text)
    block = braced(text, match.end() - 1)
    listed = _LANGUAGES.search(block)
    locales = _LOCALE_STRING.findall(listed.group(1)) if listed else []
    parser = _PARSER.search(block)
    parser_name = parser.group(1) if parser else "dot"
    if not locales or parser_name == "none":
        return None
    default = _DEFAULT_LANGUAGE.search(block)
    default_language = base_language(default.group(1) if default else locales[0])
    mapping = {locale.lower(): base_language(locale) for locale in locales if base_language(locale) in LANGUAGE_NAMES}
    dirs = tuple(os.path.normpath(found) for found in _DOCS_DIR.findall(source)) or ("content/docs",)
    return default_language, tuple(dict.fromkeys([default_language, *mapping.values()])), mapping, parser_name, dirs, module


# -- Mintlify -----------------------------------------------------------------------


@lru_cache(maxsize=16)
def _mintlify(config: Path) -> tuple[str, tuple[str, ...], dict[str, str]] | None:
    """(default language, languages, {folder, lower case: language}) of a Mintlify site whose
    docs.json lists ``navigation.languages`` (``{"language": "zh", "groups": […]}``; the one marked
    ``"default": true``, else the first, is the default).  A language's folder is the first part
    its pages' paths share (``zh/installation/…``), and its code itself (snippets kept per
    language: ``snippets/zh/…``)."""
    import json

    try:
        data = json.loads(config.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError, RecursionError):
        return None
    navigation = data.get("navigation") if isinstance(data, dict) else None
    entries = navigation.get("languages") if isinstance(navigation, dict) else None
    if not isinstance(entries, list):
        return None
    entries = [e for e in entries if isinstance(e, dict) and isinstance(e.get("language"), str)]
    languages = [(entry, base_language(entry["language"])) for entry in entries if base_language(entry["language"]) in LANGUAGE_NAMES]
    if len(languages) < 2:
        return None
    default = next((language for entry, language in languages if entry.get("default") is True), languages[0][1])
    folders: dict[str, str] = {}
    for entry, language in languages:
        pages = _mintlify_pages(entry)
        firsts = [page.strip("/").split("/")[0].lower() for page in pages if "/" in page.strip("/")]
        common = max(set(firsts), key=firsts.count) if firsts else None
        if common is not None and firsts.count(common) * 2 > len(pages) and language != default:
            folders[common] = language
        if language != default:
            folders.setdefault(entry["language"].lower(), language)
    return default, tuple(dict.fromkeys([default, *(language for _, language in languages)])), folders


def _mintlify_pages(node, depth: int = 0) -> list[str]:
    """Every page path listed under ``node`` of a docs.json navigation (``pages`` at any depth)."""
    if depth > 12:
        return []
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pages" and isinstance(value, list):
                found += [page for page in value if isinstance(page, str)]
            if isinstance(value, (dict, list)):
                found += _mintlify_pages(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            found += _mintlify_pages(item, depth + 1)
    return found


# -- Docusaurus ---------------------------------------------------------------------
# `locales: [...]`, or the list a condition falls back to (`locales: CI ? [CI] : ['en', 'zh']`).
# `locales: [...]`, or a chain of conditions choosing one list (`preview ? [a] : staging ? [a, 'ja'] : [a,
# 'fr']`): every list's locales (each may be built).
_LOCALE_LIST = re.compile(r"""\blocales\s*[:=]\s*((?:[\w.$!()|&\s]+\?\s*\[[^\]]*\]\s*:\s*)*\[[^\]]*\])""", re.S)


# A locale's name for itself, as sites label it (Docusaurus `localeConfigs.label`): the language
# of a locale whose key is no language code (`mandarin: {label: '简体中文'}`).
_ENDONYMS = {
    "简体中文": "zh", "繁體中文": "zh", "中文": "zh", "日本語": "ja", "한국어": "ko", "русский": "ru", "українська": "uk",
    "deutsch": "de", "español": "es", "français": "fr", "português": "pt", "italiano": "it", "polski": "pl",
    "türkçe": "tr", "nederlands": "nl", "tiếng việt": "vi", "bahasa indonesia": "id", "العربية": "ar", "فارسی": "fa",
    "עברית": "he", "हिन्दी": "hi", "čeština": "cs", "svenska": "sv", "ελληνικά": "el", "magyar": "hu", "română": "ro",
}
_LOCALE_CONFIGS = re.compile(r"\blocaleConfigs\s*:\s*\{")
_CONFIG_FIELD = re.compile(r"""\b(htmlLang|path|label)['"]?\s*:\s*['"]([^'"\n]+)['"]""")


def _docusaurus_locale_configs(text: str) -> dict[str, str | None]:
    """{folder under i18n/: language or None} from ``localeConfigs``: a locale's folder is its
    ``path`` or its key, its language its ``htmlLang``, its key, or its ``label``."""
    found: dict[str, str | None] = {}
    for match in _LOCALE_CONFIGS.finditer(text):
        block = braced(text, match.end() - 1)
        for entry in _ENTRY.finditer(block[1:]):
            key, fields = entry.group(1), dict(_CONFIG_FIELD.findall(entry.group(2)))
            language = None
            if "htmlLang" in fields:
                language = base_language(fields["htmlLang"])
            elif base_language(key) in LANGUAGE_NAMES:
                language = base_language(key)
            elif fields.get("label", "").strip().lower() in _ENDONYMS:
                language = _ENDONYMS[fields["label"].strip().lower()]
            found[fields.get("path", key).lower()] = language
            if "path" in fields:
                found.setdefault(key.lower(), language)
    return found


def _docusaurus(config: Path) -> tuple[str, tuple[str, ...], dict[str, str | None]] | None:
    """(default language, declared languages, {i18n folder: language}) from a Docusaurus config or
    the file it imports i18n from."""
    texts = []
    try:
        texts.append(read_config(config))
    except OSError:
        return None
    modules = [sibling for sibling in sorted(config.parent.glob("i18n.*"))
               if os.path.isfile(sibling) and sibling.suffix in (".js", ".mjs", ".ts", ".cjs", ".json")]
    # A module of the project the config takes its i18n from (`const { i18n } = require('./config/i18n')`,
    # `const cfg = require('./config')` … `i18n: cfg.i18n`), and the one that module takes it from in
    # turn (held-out h113: config/index.js re-exports config/i18n.js).
    pending = [(config, texts[0])]
    for _ in range(3):
        found = [module for source, text in pending for module in _i18n_modules(source, text) if module not in modules]
        pending = []
        for module in dict.fromkeys(found):
            modules.append(module)
            try:
                pending.append((module, read_config(module)))
            except OSError:
                pass
    for module in modules:
        try:
            texts.append(read_config(module))
        except OSError:
            pass
    joined = "\n".join(texts)
    if "i18n" not in joined and "defaultLocale" not in joined:
        return None
    default = default_locale(joined)
    languages: list[str] = []
    listed = _LOCALE_LIST.search(joined)
    if listed:
        languages = [base_language(code) for code in _listed_locales(listed)]
    default_language = base_language(default) if default else "en"
    folders = _docusaurus_locale_configs(joined)
    # A locale's folder is i18n/<its code as listed> (`kr` is i18n/kr/, whatever language it is).
    for code in _listed_locales(listed) if listed else ():
        language = base_language(code)
        folders.setdefault(code.lower(), language if language in LANGUAGE_NAMES else None)
    for code in languages:  # a listed locale whose key is no language code: its configured language
        if code not in LANGUAGE_NAMES and folders.get(code):
            languages[languages.index(code)] = folders[code]  # type: ignore[assignment]
    languages += [language for language in folders.values() if language]
    languages = [language for language in languages if language in LANGUAGE_NAMES]
    return default_language, tuple(dict.fromkeys([default_language, *languages])), folders


def _i18n_modules(source: Path, text: str) -> list[Path]:
    """The project's modules ``source`` takes a Docusaurus i18n setup from: imported under a name
    that says so (`i18n`, `locales`), or read for its `i18n` (`cfg.i18n`, `i18n: cfg`)."""
    return [module for local, _, module in local_imports(source, text)
            if "i18n" in local.lower() or "locale" in local.lower()
            or re.search(rf"\b{re.escape(local)}\s*\.\s*i18n\b|\bi18n\s*:\s*{re.escape(local)}\b", text)]


@lru_cache(maxsize=4096)
def _site_config(folder: str) -> tuple[str, str] | None:
    """(kind, config path) of the nearest site config at or above ``folder``
    (a Docusaurus site may keep ``docs/`` beside ``website/``)."""
    path = Path(folder)
    for candidate in (path, *path.parents):
        for name in ASTRO:
            if os.path.isfile(candidate / name):
                return "astro", str(candidate / name)
        for sub in ("", "website"):
            for name in DOCUSAURUS:
                if os.path.isfile(candidate / sub / name):
                    return "docusaurus", str(candidate / sub / name)
            variants = sorted((candidate / sub).glob("docusaurus.config.*.*")) if os.path.isdir(candidate / sub) else []
            variants = [v for v in variants if v.suffix in (".js", ".mjs", ".ts", ".cjs")]
            if variants:  # one config per locale (docusaurus.config.en.js): the English one, else the first
                chosen = next((v for v in variants if v.name.split(".")[2] == "en"), variants[0])
                return "docusaurus", str(chosen)
        for name in FUMADOCS:
            if os.path.isfile(candidate / name) and _fumadocs_i18n(candidate) is not None:
                return "fumadocs", str(candidate / name)
        for name in NEXT:
            if os.path.isfile(candidate / name):
                return "next", str(candidate / name)
        for name in MINTLIFY:
            if os.path.isfile(candidate / name) and _mintlify(candidate / name) is not None:
                return "mintlify", str(candidate / name)
        if os.path.exists(candidate / ".git"):
            break
    return None


@lru_cache(maxsize=64)
def _read(kind: str, config: str):
    if kind == "next":
        return _next(Path(config))
    if kind == "fumadocs":
        return _fumadocs(Path(config))
    if kind == "mintlify":
        return _mintlify(Path(config))
    return _starlight(Path(config)) if kind == "astro" else _docusaurus(Path(config))


def starlight_locale_folders(config: str) -> tuple[frozenset[str], str | None]:
    """The folders of a Starlight site's locales under src/content/docs, and the default locale's
    folder when there is no `root` locale (its pages are then in a folder too)."""
    read = _read("astro", config)
    if read is None:
        return _folders_of_unread_locales(config)
    folders, _ = read
    try:
        text = without_comments(read_config(Path(config)))
    except OSError:
        return frozenset(folders), None
    if re.search(r"""(?:^|[,{\s])['"]?root['"]?\s*:\s*\{""", text):
        return frozenset(folders), None
    default = default_locale(text)
    folder = default.lower() if default else None
    return frozenset(folders), folder if folder in folders else None


def _folders_of_unread_locales(config: str) -> tuple[frozenset[str], str | None]:
    """Where the config builds Starlight's `locales` in code (`locales: makeLocalesConfig()`, not read):
    the folders of src/content/docs named after a locale are taken for its locales, as `mdxlint detect`
    says, and the default locale's folder among them when `defaultLocale` names one (held-out h123,
    withastro/docs: a link to a page of the default locale through another locale's path was
    reported as missing, though Starlight shows the default locale's page there)."""
    try:
        text = without_comments(read_config(Path(config)))
    except OSError:
        return frozenset(), None
    if not _LOCALES_SET.search(text):
        return frozenset(), None  # (no locales: a folder named `ru` is a section of the docs)
    docs = os.path.join(os.path.dirname(os.path.abspath(config)), "src", "content", "docs")
    try:
        folders = frozenset(entry.name.lower() for entry in os.scandir(docs) if entry.is_dir() and is_locale_folder(entry.name))
    except OSError:
        return frozenset(), None
    default = default_locale(text)
    folder = default.lower() if default else None
    return folders, folder if folder in folders else None


def _shown(path: str) -> str:
    parts = Path(path).parts
    return "/".join(parts[-2:]) if len(parts) >= 2 else path


# A locale with its region or script as sites name folders: en-US, zh-CN, pt-BR, zh-Hans, es-419.
_TAGGED_LOCALE = re.compile(r"([a-z]{2})[-_](?:[A-Z]{2}|[A-Z][a-z]{3}|\d{3})")


def is_locale_folder(name: str) -> bool:
    """Whether a folder is named after a locale (``ru``, ``zh-cn``, ``en-US``, ``pt_BR``)."""
    if name.lower() in LOCALE_FOLDERS:
        return True
    tagged = _TAGGED_LOCALE.fullmatch(name)
    return tagged is not None and tagged.group(1) in LANGUAGE_NAMES


@lru_cache(maxsize=1024)
def _languages_beside(folder: str, language: str) -> tuple[str, ...]:
    """``language`` and the languages of the other locale folders in ``folder`` (`en/`, `ru/`)."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() and is_locale_folder(entry.name))
    except OSError:
        names = []
    return tuple(dict.fromkeys([language, *(base_language(name) for name in names)]))


@lru_cache(maxsize=1024)
def _locale_folders_in(folder: str) -> int:
    try:
        return sum(1 for entry in os.scandir(folder) if entry.is_dir() and is_locale_folder(entry.name))
    except OSError:
        return 0


def locale_for(path: str) -> LocaleAnswer | None:
    """The language the site's i18n setup expects for ``path``, or None."""
    path = os.path.abspath(path)
    found = _site_config(os.path.dirname(path))
    if found is not None:
        kind, config = found
        read = _read(kind, config)
        if read is not None:
            site = Path(config).parent
            relative = Path(path).relative_to(site) if Path(path).is_relative_to(site) else None
            if kind == "astro":
                folders, root = read
                languages = tuple(dict.fromkeys([*(v for v in ([root] if root else [])), *folders.values()]))
                parts = [p.lower() for p in relative.parts] if relative is not None else []
                # Starlight: src/content/docs/<locale>/…
                for index in range(len(parts) - 1):
                    if parts[index] == "docs" and index > 0 and parts[index - 1] == "content":
                        first = parts[index + 1] if index + 2 < len(parts) else None
                        if first in folders:
                            return LocaleAnswer(folders[first], f"Starlight locales in {_shown(config)} (folder {first}/)", languages, True)
                        if root:
                            return LocaleAnswer(root, f"Starlight locales in {_shown(config)} (root locale)", languages)
                        break
            elif kind == "fumadocs":
                default, languages, mapping, parser, dirs, module = read
                where = f"Fumadocs i18n in {_shown(str(module))}"
                if parser == "dot":
                    suffix = _NEXT_SUFFIX.search(os.path.basename(path))
                    if suffix is not None and suffix.group(1).lower() in mapping:
                        language = mapping[suffix.group(1).lower()]
                        return LocaleAnswer(language, f"{where} (file suffix .{suffix.group(1)})", languages, language != default)
                elif relative is not None:
                    parts = relative.as_posix().lower().split("/")
                    for folder in dirs:
                        prefix = Path(folder).as_posix().lower().split("/")
                        if parts[: len(prefix)] == prefix and len(parts) > len(prefix) + 1 and parts[len(prefix)] in mapping:
                            language = mapping[parts[len(prefix)]]
                            return LocaleAnswer(language, f"{where} (folder {parts[len(prefix)]}/)", languages, language != default)
                return LocaleAnswer(default, f"{where} (defaultLanguage)", languages)
            elif kind == "mintlify":
                default, languages, folders = read
                for part in (relative.parts[:-1] if relative is not None else ()):
                    if part.lower() in folders:
                        language = folders[part.lower()]
                        return LocaleAnswer(language, f"Mintlify navigation.languages in {_shown(config)} (folder {part}/)",
                                            languages, True)
                return LocaleAnswer(default, f"Mintlify navigation.languages in {_shown(config)} (default language)", languages)
            elif kind == "next":
                default, languages, mapping = read
                suffix = _NEXT_SUFFIX.search(os.path.basename(path))
                if suffix is not None and suffix.group(1).lower() in mapping:
                    locale = suffix.group(1)
                    return LocaleAnswer(mapping[locale.lower()], f"Next.js i18n locales in {_shown(config)} (file suffix .{locale})", languages,
                                        mapping[locale.lower()] != default)
                if suffix is not None and is_locale_folder(suffix.group(1)):
                    # (Only a locale's usual name: `build.rs.mdx` is no Serbian page, `main.tw.mdx` no Chinese one.)
                    # A page named for a locale the config does not list (an older config): the
                    # file's own suffix still says its language.
                    language = base_language(suffix.group(1))
                    return LocaleAnswer(language, f"the file suffix .{suffix.group(1)} (a locale {_shown(config)} does not list)",
                                        tuple(dict.fromkeys([*languages, language])), language != default)
                parts = [p.lower() for p in relative.parts] if relative is not None else []
                for part in parts[:-1]:
                    if part in mapping:  # app/[lang] sites keep a folder per locale
                        return LocaleAnswer(mapping[part], f"Next.js i18n locales in {_shown(config)} (folder {part}/)", languages,
                                            mapping[part] != default)
                return LocaleAnswer(default, f"Next.js i18n defaultLocale in {_shown(config)}", languages)
            else:
                default, languages, folders = read
                written = Path(path).parts
                parts = [p.lower() for p in written]
                for index, part in enumerate(parts[:-2]):
                    if part == "i18n" and (is_locale_folder(written[index + 1]) or parts[index + 1] in languages
                                           or parts[index + 1] in folders):
                        language = folders.get(parts[index + 1]) or base_language(parts[index + 1])
                        return LocaleAnswer(language, f"Docusaurus i18n folder i18n/{written[index + 1]}/ ({_shown(config)})", languages,
                                            language != default)
                return LocaleAnswer(default, f"Docusaurus defaultLocale in {_shown(config)}", languages)
    # A translation named with its locale beside its original (`index.pt.mdx` beside `index.mdx`:
    # gatsby-plugin-intl's and other pipelines' convention).
    suffix = _NEXT_SUFFIX.search(os.path.basename(path))
    if suffix is not None and suffix.group(1).lower() in LOCALE_FOLDERS and _has_original(path, suffix.start()):
        language = base_language(suffix.group(1))
        return LocaleAnswer(language, f"the file suffix .{suffix.group(1)} (a translation beside its original)", (language,), True)
    # A content folder named after a locale: …/content/ru/…, docs/de/…, or any folder beside
    # another one named after a locale (blog/en/ and blog/ru/).  Only folders inside the site:
    # the folder a site is checked out in (`ko/`, beside `de/`) says nothing of its pages.
    parts = Path(path).parts
    for index in range(max(1, _site_depth(os.path.dirname(path))), len(parts) - 1):
        if is_locale_folder(parts[index]) and (
            parts[index - 1].lower() in ("content", "docs", "i18n", "locales", "translations")
            or _locale_folders_in(os.path.join(*parts[:index])) >= 2
        ):
            language = base_language(parts[index])
            # (the languages of the locale folders beside it: the site is written in them all)
            return LocaleAnswer(language, f"the locale folder {parts[index]}/",
                                _languages_beside(os.path.join(*parts[:index]), language), True)
    return None


def _has_original(path: str, stem_end: int) -> bool:
    """Whether the folder of ``path`` (``name.<locale>.mdx``) holds ``name.mdx`` or ``name.md``."""
    folder, name = os.path.split(path)
    stem = name[:stem_end]
    return any(os.path.isfile(os.path.join(folder, stem + extension)) for extension in (".mdx", ".md"))


# What marks the top folder of a site (or of a repository holding one).
_SITE_MARKERS = ("package.json", "mdxlint.toml", "pyproject.toml")


@lru_cache(maxsize=1024)
def _site_depth(folder: str) -> int:
    """How many path parts the nearest folder at or above ``folder`` that holds a site's
    package.json, mdxlint's configuration or a repository has (0: none found).  A `.git` file
    is a submodule's (translations kept in their own repository), not a site's top."""
    path = Path(folder)
    for candidate in (path, *path.parents):
        if any(os.path.isfile(os.path.join(candidate, name)) for name in _SITE_MARKERS) or os.path.isdir(
                os.path.join(candidate, ".git")):
            return len(candidate.parts)
    return 0


def locale_key(path: str) -> str:
    """What the site's i18n setup says of ``path``, as text for a cache key: the language rules'
    findings on a page depend on it, and it comes from files other than the page (the site's
    config and the locale files it imports, the locale folders beside the page's)."""
    answer = locale_for(path)
    return "" if answer is None else f"{answer.language}|{answer.source}|{','.join(answer.site_languages)}|{answer.translation}"


def describe(root: str) -> tuple[list[str], str]:
    """What the site's i18n setup says, for ``mdxlint detect``: (entries, where from)."""
    found = _site_config(os.path.abspath(root))
    read = _read(*found) if found is not None else None
    if found is None or read is None:
        folders = _locale_folders_under(os.path.abspath(root))
        unread = ""
        if found is not None and found[0] == "astro":
            try:
                if _LOCALES_SET.search(read_config(Path(found[1]))):
                    unread = f"{_shown(found[1])} builds `locales` in code, not read; "
            except OSError:
                pass
        if folders:
            return [f"{folder}/: {language}" for folder, language in folders], (
                f"{unread}content folders named after a locale (each sets its pages' language)")
        return [], f"{unread or 'no i18n setup found '}(a content folder named after a locale, ru/ or de/, still sets its language)"
    kind, config = found
    if kind == "astro":
        folders, default = read
        try:
            text = read_config(Path(config))
        except OSError:
            text = ""
        starlight = "starlight(" in text
        # (a `root` locale's pages are at the top of the docs; else the default locale has a folder too)
        rooted = re.search(r"""(?:^|[,{\s])['"]?root['"]?\s*:\s*\{""", text) is not None
        entries = ([f"{'root' if rooted else 'default'}: {default}"] if default else []) + [
            f"{folder}/: {language}" for folder, language in folders.items()]
        if not starlight:  # Astro's own i18n routing: pages in src/pages/<locale>/ (read as locale folders)
            return entries, f"Astro i18n locales in {_shown(config)} (pages in folders named after their locale)"
        return entries, f"Starlight locales in {_shown(config)} (pages in src/content/docs/<locale>/)"
    if kind == "fumadocs":
        default, _, mapping, parser, dirs, module = read
        shape = "name.<locale>.mdx" if parser == "dot" else f"{dirs[0]}/<locale>/"
        return [f"default: {default}"] + [(f".{locale}: {language}" if parser == "dot" else f"{locale}/: {language}")
                                          for locale, language in mapping.items()], (
            f"Fumadocs i18n in {_shown(str(module))} (parser {parser}: pages {shape})")
    if kind == "mintlify":
        default, _, folders = read
        return [f"default: {default}"] + [f"{folder}/: {language}" for folder, language in folders.items()], (
            f"Mintlify navigation.languages in {_shown(config)} (a folder per language, snippets too)")
    if kind == "next":
        default, _, mapping = read
        return [f"default: {default}"] + [f".{locale}: {language}" for locale, language in mapping.items()], (
            f"Next.js i18n in {_shown(config)} (Nextra pages name.<locale>.mdx, or a folder per locale)")
    default, languages, folders = read
    named = {language for language in folders.values() if language}
    return [f"default: {default}"] + [f"i18n/<{language}>/: {language}" for language in languages
                                      if language != default and language not in named] + [
        f"i18n/{folder}/: {language or 'not said'}" for folder, language in folders.items()
        if folder != default], f"Docusaurus i18n in {_shown(config)}"  # (the default locale's pages are in docs/)


# `locales` given a value the config computes (`locales: Object.fromEntries(…)`, `locales,`).
_LOCALES_SET = re.compile(r"\blocales\s*(?::|,|\})")
_SKIPPED_FOLDERS = frozenset({"node_modules", "dist", "build", "public", "static"})


def _locale_folders_under(root: str, depth: int = 6, most: int = 24) -> list[tuple[str, str]]:
    """(folder relative to ``root``, language) of the folders :func:`locale_for` reads a language
    from when no i18n setup is read: what ``detect`` shows instead of the setup."""
    found: list[tuple[str, str]] = []

    def walk(folder: str, level: int) -> None:
        try:
            entries = sorted((e.name, e.path) for e in os.scandir(folder) if e.is_dir() and not e.name.startswith("."))
        except OSError:
            return
        names = [name for name, _ in entries]
        beside = sum(1 for name in names if is_locale_folder(name))
        for name, path in entries:
            if len(found) >= most or name in _SKIPPED_FOLDERS:
                continue
            parent = os.path.basename(folder).lower()
            if is_locale_folder(name) and (parent in ("content", "docs", "i18n", "locales", "translations") or beside >= 2):
                found.append((os.path.relpath(path, root), base_language(name)))
            elif level < depth:
                walk(path, level + 1)

    walk(root, 0)
    return found
