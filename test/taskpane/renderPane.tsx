import * as React from "react";
import { configure, render, RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Language } from "../../src/core/messages/Language";
import { TextsProvider } from "../../src/taskpane/texts/Texts";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow. Every webview the pane runs in
// has one. This stand-in never reports a resize, which leaves MessageBar in its single-line layout.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Flows are lazy chunks and the machine may be busy: `findBy…` waits up to 10 s for what the pane will show (a
// ceiling, not a speed check; speed is measured by `npm run bench -- --pane`).
configure({ asyncUtilTimeout: 10_000 });

/** Renders a pane component as index.tsx does: Fluent's provider and the pane's texts in `language`. */
export function renderPane(element: React.ReactElement, language: Language = "es"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider language={language}>{element}</TextsProvider>
    </FluentProvider>
  );
}
