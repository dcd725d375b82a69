/**
 * A text cell its reader knows is not blank (more than whitespace), built once per distinct text by the package
 * reader, so that `isBlank` answers it from the cell's class without reading the text: on a plan of 85,000 rows the
 * texts lie scattered over the heap, and reading each one's first character was about a tenth of the core bench's
 * CPU profile. A plain `{ kind: "text", value }` is a text cell all the same; `isBlank` then reads its text.
 */
export class FilledTextCell {
  readonly kind: "text";
  readonly value: string;

  constructor(value: string) {
    this.kind = "text";
    this.value = value;
  }
}
