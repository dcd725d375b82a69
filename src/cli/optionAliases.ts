/**
 * The Spanish name of every CLI option (SPEC §8), keyed by its English (canonical) name. Commands declare their
 * options in English; the CLI accepts either name. `--json` and `--version` read the same in both languages.
 */
export const SPANISH_OPTION_NAMES: Record<string, string> = {
  cutoff: "corte",
  semester: "semestre",
  out: "salida",
  force: "forzar",
  import: "importar",
  replace: "reemplazar",
  lang: "idioma",
  help: "ayuda",
  template: "plantilla",
  "from-text": "desde-texto",
  "from-xlsx": "desde-xlsx",
  sheet: "hoja",
  map: "mapa",
  year: "vigencia",
};

/** A Spanish option name → its canonical (English) name. */
export const OPTION_ALIASES: Record<string, string> = Object.fromEntries(
  Object.entries(SPANISH_OPTION_NAMES).map(([canonical, spanish]) => [spanish, canonical])
);
