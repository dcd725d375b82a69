/**
 * Marks the scripts the pane runs while it loads with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
 * (WICG/explicit-javascript-compile-hints-file-based; Chromium, hence Edge WebView2 and Excel on the web in Chrome
 * or Edge). The browser then compiles every function of the file eagerly, on the thread that streams the script in,
 * instead of pausing the main thread to compile each function the first time it is called. Other browsers ignore
 * the comment. The hint must be the file's first line, so it is added after minification (which drops comments)
 * and before the source maps are written (which then account for the extra line).
 */
const { Compilation, sources } = require("webpack");

const NAME = "CompileHintsPlugin";
const HINT = "//# allFunctionsCalledOnLoad\n";

class CompileHintsPlugin {
  /** @param {string[]} chunkGroups the entry and the named lazy chunk groups loaded on the way to interactive. */
  constructor(chunkGroups) {
    this.chunkGroups = chunkGroups;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          const files = new Set();
          for (const name of this.chunkGroups) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`${NAME}: no chunk group named "${name}"`);
            for (const chunk of group.chunks)
              for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
          }
          for (const file of files)
            compilation.updateAsset(file, (source) => new sources.ConcatSource(HINT, source));
        }
      );
    });
  }
}

module.exports = { CompileHintsPlugin };
