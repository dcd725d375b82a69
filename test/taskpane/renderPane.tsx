import * as React from "react";
import { render, RenderResult } from "@testing-library/react";
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

/** Renders a pane component as index.tsx does: Fluent's provider and the pane's texts in `language`. */
export function renderPane(element: React.ReactElement, language: Language = "es"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider language={language}>{element}</TextsProvider>
    </FluentProvider>
  );
}
