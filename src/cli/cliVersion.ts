/** The CLI's version: package.json's "version", the project's one version number (the pane's comes from it too). */
import packageJson from "../../package.json";

export const CLI_VERSION: string = packageJson.version;
