import { Command } from "../Command";
import { consolidateCommand } from "./consolidateCommand";
import { generateCommand } from "./generateCommand";
import { semaphoreCommand } from "./semaphoreCommand";
import { templateCommand } from "./templateCommand";

export const COMMANDS: Command[] = [
  templateCommand,
  generateCommand,
  semaphoreCommand,
  consolidateCommand,
];
