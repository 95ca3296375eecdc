// Text helpers for the launcher's messages: the tail of a stream or a file, indented.
import fs from "node:fs";
import { TAIL_LINES } from "./types.js";


/** The last `max` lines written to a stream. */
export class LineTail {
  private buf = "";
  constructor(private readonly max: number) {}
  push(s: string): void {
    this.buf = (this.buf + s).slice(-64 * 1024);
  }
  text(): string {
    return this.buf.trimEnd().split("\n").slice(-this.max).join("\n");
  }
}

export function tailOfFile(file: string, lines = TAIL_LINES): string {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const size = fs.fstatSync(fd).size;
      const len = Math.min(size, 64 * 1024);
      const buf = Buffer.alloc(len);
      fs.readSync(fd, buf, 0, len, size - len);
      // Maven colours its output even in batch mode.
      const text = buf.toString("utf8").replace(/\x1b\[[0-9;]*m/g, "");
      return text.trimEnd().split("\n").slice(-lines).join("\n");
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return `(could not read: ${(e as Error).message})`;
  }
}

export function indent(text: string): string {
  return text.replace(/^/gm, "  ");
}

