import { defineCatalog } from "../defineCatalog";
import { Band } from "../../semaphore/Band";

/** The one wording of every band (SPEC §5): sheets, CLI, informe and pane all take it from here. */

export const bandMessages = defineCatalog<Band>(
  {
    verde: "Verde",
    amarillo: "Amarillo",
    rojo: "Rojo",
    "sin-programacion": "Sin programación",
    "sin-diligenciar": "Sin diligenciar",
    "con-errores": "Con errores",
  },
  {
    verde: "Green",
    amarillo: "Yellow",
    rojo: "Red",
    "sin-programacion": "Not programmed",
    "sin-diligenciar": "Never filled",
    "con-errores": "With errors",
  }
);
