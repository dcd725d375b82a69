import * as React from "react";
import { Language, DEFAULT_LANGUAGE } from "../../core/messages/Language";
import { formatMessage, MessageParams } from "../../core/messages/formatMessage";
import { paneMessages, PaneMessageCode } from "./paneMessages";

/** What a component needs to speak: the language and the pane catalogue's texts in it. */
export type Texts = {
  language: Language;
  say: (code: PaneMessageCode, params?: MessageParams) => string;
};

export function textsFor(language: Language): Texts {
  return {
    language,
    say: (code, params) => formatMessage(paneMessages, language, code, params),
  };
}

const TextsContext = React.createContext<Texts>(textsFor(DEFAULT_LANGUAGE));

export const TextsProvider: React.FC<{ language: Language; children: React.ReactNode }> = ({
  language,
  children,
}) => {
  const texts = React.useMemo(() => textsFor(language), [language]);
  return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
};

export const useTexts = (): Texts => React.useContext(TextsContext);
