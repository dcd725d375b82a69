/**
 * The commands of SPEC §8: what `--help` and the argument parser need (name, help, options) is here; what a command
 * does is imported only when it runs (`load`), so a command loads its own operation and shell and nothing else.
 */
import { Command, OptionSpec } from "../Command";

/** Where a template comes from (template, generate): a plan as text, or last year's matrix as a spreadsheet. */
const TEMPLATE_SOURCE_OPTIONS: Record<string, OptionSpec> = {
  "from-text": { type: "string" },
  "from-xlsx": { type: "string" },
  sheet: { type: "string" },
  map: { type: "string", multiple: true },
};

export const COMMANDS: Command[] = [
  {
    name: "template",
    help: "cli.help.template",
    options: {
      ...TEMPLATE_SOURCE_OPTIONS,
      year: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
    load: async () => (await import("./templateCommand")).templateCommand,
  },
  {
    name: "generate",
    help: "cli.help.generate",
    options: {
      template: { type: "string" },
      ...TEMPLATE_SOURCE_OPTIONS,
      year: { type: "string" },
      "carry-rows": { type: "boolean" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
    load: async () => (await import("./generateCommand")).generateCommand,
  },
  {
    name: "validate",
    help: "cli.help.validate",
    options: { cutoff: { type: "string" }, json: { type: "boolean" } },
    load: async () => (await import("./validateCommand")).validateCommand,
  },
  {
    name: "fix",
    help: "cli.help.fix",
    options: { out: { type: "string" }, cutoff: { type: "string" }, force: { type: "boolean" } },
    load: async () => (await import("./fixCommand")).fixCommand,
  },
  {
    name: "semaphore",
    help: "cli.help.semaphore",
    options: { cutoff: { type: "string" }, json: { type: "boolean" } },
    load: async () => (await import("./semaphoreCommand")).semaphoreCommand,
  },
  {
    name: "import",
    help: "cli.help.import",
    options: {
      replace: { type: "string", multiple: true },
      out: { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
    },
    load: async () => (await import("./importCommand")).importCommand,
  },
  {
    name: "consolidate",
    help: "cli.help.consolidate",
    options: {
      import: { type: "string", multiple: true },
      replace: { type: "string", multiple: true },
      cutoff: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
    },
    load: async () => (await import("./consolidateCommand")).consolidateCommand,
  },
  {
    name: "report",
    help: "cli.help.report",
    options: { semester: { type: "string" }, out: { type: "string" }, force: { type: "boolean" } },
    load: async () => (await import("./reportCommand")).reportCommand,
  },
  {
    name: "upgrade",
    help: "cli.help.upgrade",
    options: {
      template: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
    },
    load: async () => (await import("./upgradeCommand")).upgradeCommand,
  },
];
