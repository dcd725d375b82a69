/**
 * The ribbon (issue 10): the "Plan de Acción" tab has a button per flow, each opening the one task pane at that flow
 * (`taskpane.html?flow=…`, read by the pane's flowFromQuery), and the manifest's words say what the add-in does.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser, Element } from "@xmldom/xmldom";
import { flowFromQuery } from "../../src/taskpane/flows/Flow";

const ROOT = path.resolve(__dirname, "..", "..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(XML, "text/xml");

const byTag = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
function resource(tag: string, id: string): { es: string; en: string } {
  const element = byTag(tag).find((candidate) => candidate.getAttribute("id") === id);
  if (!element) throw new Error(`no ${tag} ${id}`);
  const override = Array.from(element.getElementsByTagName("bt:Override")).find(
    (candidate) => candidate.getAttribute("Locale") === "en-US"
  );
  return {
    es: element.getAttribute("DefaultValue") ?? "",
    en: override?.getAttribute("Value") ?? "",
  };
}

test("the tab holds the open button and one button per flow, in the order the office lives them", () => {
  const tab = byTag("CustomTab")[0];
  const tabLabel = Array.from(tab.getElementsByTagName("Label")).find(
    (label) => (label.parentNode as Element).nodeName === "CustomTab"
  )!;
  expect(resource("bt:String", tabLabel.getAttribute("resid")!)).toEqual({
    es: "Plan de Acción",
    en: "Action Plan",
  });
  const buttons = Array.from(tab.getElementsByTagName("Control")).map((control) => {
    const label = control.getElementsByTagName("Label")[0].getAttribute("resid")!;
    const action = control.getElementsByTagName("Action")[0];
    const url = action.getElementsByTagName("SourceLocation")[0].getAttribute("resid")!;
    return {
      label: resource("bt:String", label).es,
      action: action.getAttribute("xsi:type"),
      pane: action.getElementsByTagName("TaskpaneId")[0].textContent,
      url: resource("bt:Url", url).es,
    };
  });
  const pane = "https://localhost:3000/taskpane.html";
  expect(buttons).toEqual([
    {
      label: "Abrir Plan de Acción",
      action: "ShowTaskpane",
      pane: "PlanMatrix.Taskpane",
      url: pane,
    },
    {
      label: "Validar",
      action: "ShowTaskpane",
      pane: "PlanMatrix.Taskpane",
      url: `${pane}?flow=validar`,
    },
    {
      label: "Semáforo",
      action: "ShowTaskpane",
      pane: "PlanMatrix.Taskpane",
      url: `${pane}?flow=semaforo`,
    },
    {
      label: "Consolidar",
      action: "ShowTaskpane",
      pane: "PlanMatrix.Taskpane",
      url: `${pane}?flow=consolidar`,
    },
    {
      label: "Informe",
      action: "ShowTaskpane",
      pane: "PlanMatrix.Taskpane",
      url: `${pane}?flow=informe`,
    },
  ]);
  // Each button's URL opens the pane at its own flow (not the Inicio fallback).
  expect(buttons.map((button) => flowFromQuery(new URL(button.url).search))).toEqual([
    "inicio",
    "validar",
    "semaforo",
    "consolidar",
    "informe",
  ]);
});

test("every button has an English label and a tooltip in both languages", () => {
  for (const control of byTag("Control")) {
    const label = resource(
      "bt:String",
      control.getElementsByTagName("Label")[0].getAttribute("resid")!
    );
    const tip = resource(
      "bt:String",
      control.getElementsByTagName("Description")[0].getAttribute("resid")!
    );
    expect(label.en).not.toBe("");
    expect(tip.es.length).toBeGreaterThan(20);
    expect(tip.en.length).toBeGreaterThan(20);
    expect(tip.es.length).toBeLessThanOrEqual(250); // Supertip descriptions: at most 250 characters
  }
});

test("the description names what the pane does: create, validate, traffic light, consolidate, report", () => {
  const description = byTag("Description").find(
    (element) => element.parentNode === doc.documentElement
  )!;
  const es = description.getAttribute("DefaultValue")!;
  const en = description.getElementsByTagName("Override")[0].getAttribute("Value")!;
  for (const word of ["Crea", "valida", "corrige", "semáforo", "consolida", "informe"])
    expect(es).toContain(word);
  for (const word of ["Creates", "validates", "fixes", "traffic light", "consolidates", "report"])
    expect(en).toContain(word);
});
