import * as React from "react";
import { Body1, Caption1, makeStyles, tokens, Title2 } from "@fluentui/react-components";

/** Where the pane is running: inside Excel, inside another Office application, or in a browser. */
export type RunsIn = "excel" | "other-office" | "browser";

export interface AppProps {
  /** The add-in's version (package.json). */
  version: string;
  runsIn: RunsIn;
}

const RUNS_IN_TEXT: Record<RunsIn, string> = {
  excel: "Conectado a Excel: el panel trabaja sobre el libro abierto.",
  "other-office": "Este complemento es para Excel; esta aplicación de Office no es Excel.",
  browser: "Ejecutándose en un navegador, fuera de Excel.",
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  title: {
    margin: 0,
  },
});

/** The task pane. Minimal for now: product name, version and where it runs. */
const App: React.FC<AppProps> = ({ version, runsIn }) => {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.title}>
        Plan de Acción
      </Title2>
      <Caption1 data-testid="version">Versión {version}</Caption1>
      <Body1 data-testid="runs-in">{RUNS_IN_TEXT[runsIn]}</Body1>
    </main>
  );
};

export default App;
