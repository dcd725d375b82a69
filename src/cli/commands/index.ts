import { Command } from "../Command";
import { consolidateCommand } from "./consolidateCommand";
import { fixCommand } from "./fixCommand";
import { generateCommand } from "./generateCommand";
import { importCommand } from "./importCommand";
import { reportCommand } from "./reportCommand";
import { semaphoreCommand } from "./semaphoreCommand";
import { templateCommand } from "./templateCommand";
import { upgradeCommand } from "./upgradeCommand";
import { validateCommand } from "./validateCommand";

export const COMMANDS: Command[] = [
  templateCommand,
  generateCommand,
  validateCommand,
  fixCommand,
  semaphoreCommand,
  importCommand,
  consolidateCommand,
  reportCommand,
  upgradeCommand,
];
