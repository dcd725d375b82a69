import { defineCatalog } from "../defineCatalog";
import { Band } from "../../semaphore/Band";

export const bandMessages = defineCatalog<Band>(
  {
    verde: "Verde",
    amarillo: "Amarillo",
    rojo: "Rojo",
    "sin-programacion": "Sin programación",
    "con-errores": "Con errores",
  },
  {
    verde: "Green",
    amarillo: "Yellow",
    rojo: "Red",
    "sin-programacion": "Not programmed",
    "con-errores": "With errors",
  }
);
